package org.aftercare.console.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One shop on the home page with its after-sales counts.
 *
 * @param ordersLastWeek orders placed in the last seven days
 * @param inFlight       shipments neither delivered, expired nor returned
 * @param exceptions     shipments whose carrier reports an exception or a failed delivery
 */
public record ShopCard(String name, String market, String currency, ZoneId zone, long orders, long ordersLastWeek,
                       long inFlight, long delivered, long exceptions) {

    /** The shop's wall clock at the given instant. */
    public ZonedDateTime localTime(Instant now) {
        return now.atZone(zone);
    }
}
