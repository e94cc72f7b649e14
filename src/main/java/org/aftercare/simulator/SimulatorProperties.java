package org.aftercare.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the simulator, prefix {@code aftercare.simulator}.
 *
 * @param demo the demo tenants generated on first start
 * @param bulk the large-dataset command; it runs when {@code bulk.shipments} is set
 */
@ConfigurationProperties("aftercare.simulator")
public record SimulatorProperties(@DefaultValue Demo demo, @DefaultValue Bulk bulk) {

    /**
     * @param orders orders of "Demo Seller", placed over the last {@code days} days
     * @param agencyClientOrders orders of "Demo Agency Client"
     */
    public record Demo(@DefaultValue("false") boolean enabled,
                       @DefaultValue("aftercare-demo") String password,
                       @DefaultValue("ac_demo_token_change_me") String apiToken,
                       @DefaultValue("20000") int orders,
                       @DefaultValue("2000") int agencyClientOrders,
                       @DefaultValue("120") int days,
                       @DefaultValue("2026") long seed,
                       @DefaultValue("demo-17track") String seventeenTrackConnection,
                       @DefaultValue("demo-17track-key") String seventeenTrackKey,
                       @DefaultValue("demo-aftership") String afterShipConnection,
                       @DefaultValue("demo-aftership-secret") String afterShipSecret,
                       @DefaultValue("150") int deskMessages,
                       @DefaultValue("60") int returnRequests) {
    }

    /**
     * @param shipments  how many orders (≈ shipments) to generate into "Bulk Seller"; 0 = do not run
     * @param days       the orders are placed over this many days, ending a week before {@code until}
     * @param until      the simulated "now" (midnight UTC starting that day); default today, so a rerun on the same day with the same seed gives the same data
     * @param streams    parallel COPY streams (connections)
     * @param chunk      orders per transaction
     * @param messagesOut a file to write generated buyer messages and return requests to (JSON Lines), if set
     * @param messages   how many buyer messages and return requests to write there
     * @param exit       leave the application once done (the command); false keeps it running
     */
    public record Bulk(@DefaultValue("0") int shipments,
                       @DefaultValue("42") long seed,
                       @DefaultValue("365") int days,
                       java.time.LocalDate until,
                       @DefaultValue("2") int streams,
                       @DefaultValue("5000") int chunk,
                       String messagesOut,
                       @DefaultValue("10000") int messages,
                       @DefaultValue("true") boolean exit) {
    }
}
