package org.aftercare.desk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.TicketAssist;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.Tickets;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.returns.ReturnReason;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/** An agent opens a return from a ticket: the returns module decides, the ticket shows and records it. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskReturnTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Parcels parcels;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    DeskSeller seller;
    RequestPostProcessor agent;

    @BeforeEach
    void anAgentSignedIn() throws Exception {
        seller = new DeskSeller(tenants, shops, inbox, orders, shipments, clock);
        agent = signedIn(seller.user(Role.AGENT, Set.of("DE")));
    }

    /** A jacket (89.90 EUR) and two scarves (9.90 EUR), the parcel delivered {@code ago}. */
    String deliveredOrder(Duration ago) {
        String number = "DE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OrderId order = orders.create(seller.owner, new NewOrder(seller.shop().id(), number,
                clock.instant().minus(ago).minus(Duration.ofDays(10)),
                new NewOrder.NewBuyer("buyer-" + number, "Jonas Weber", "jonas@example.de", null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("JACKET-M", "Winterjacke M", eur("89.90"), 1, false),
                        new NewOrder.Line("SCARF-RED", "Schal rot", eur("9.90"), 2, false)), "TEST")).order();
        ShipmentId parcel = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", ago.toHours() + 24 * 9);
        parcels.scan(seller.shop(), parcel, "YUNEXPRESS", clock.instant().minus(ago), "Berlin, DE", "Zugestellt",
                TrackingStatus.Delivered, null, Milestone.DELIVERED);
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
        return number;
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), Currency.getInstance("EUR"));
    }

    TicketId ticketAbout(String orderNumber) {
        return seller.write(seller.shop(), "jonas@example.de", "Jacket too small",
                "Hello, the jacket of order " + orderNumber + " is too small, the size does not fit. I want to return it.",
                orderNumber, List.of());
    }

    @Test
    void anAgentOpensAReturnAndSeesTheDecisionOnTheTicketAndInItsHistory() throws Exception {
        String orderNumber = deliveredOrder(Duration.ofDays(3));
        TicketId ticket = ticketAbout(orderNumber);
        ReturnReason suggested = TicketAssist.suggestedReason(tickets.get(seller.owner, ticket).ticket().intent());

        String form = page("/desk/tickets/" + ticket);
        assertThat(form).contains("Open a return").contains("JACKET-M").contains("SCARF-RED")
                .contains("value=\"" + suggested + "\" selected=\"selected\"");

        String answer = mvc.perform(post("/desk/tickets/" + ticket + "/return").param("line", "1")
                        .param("quantity-1", "1").param("quantity-2", "").param("reason", "SIZE_MISMATCH")
                        .header("HX-Request", "true").with(csrf()).with(agent).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var stored = jdbc.sql("""
                        select id, number, source, ticket_id, decision, decision_rule from return_request
                         where tenant_id = :tenant""")
                .param("tenant", seller.tenant.id().value())
                .query((rs, row) -> List.of(rs.getString("id"), rs.getString("number"), rs.getString("source"),
                        rs.getString("ticket_id"), rs.getString("decision"), rs.getString("decision_rule"))).single();
        assertThat(stored.subList(2, 6)).containsExactly("DESK", ticket.value().toString(), "APPROVE_RETURN",
                "BUYER_CHOICE_RETURN");
        assertThat(answer).contains("The return was opened and decided.")
                .contains("Return R-" + stored.get(1))
                .contains("Decision: return approved (rule BUYER_CHOICE_RETURN)")
                .contains("/returns/" + stored.get(0));

        var event = tickets.get(seller.owner, ticket).events().stream()
                .filter(e -> e.action().equals("return-opened")).toList();
        assertThat(event).hasSize(1);
        assertThat(event.getFirst().to()).isEqualTo(stored.get(0));
        assertThat(event.getFirst().detail()).startsWith("R-" + stored.get(1) + ": APPROVE_RETURN (BUYER_CHOICE_RETURN)");
        assertThat(page("/desk/tickets/" + ticket)).contains("opened a return").contains("/returns/" + stored.get(0));

        // the same click again answers the same return, nothing new
        String again = mvc.perform(post("/desk/tickets/" + ticket + "/return").param("line", "1")
                        .param("quantity-1", "1").param("reason", "SIZE_MISMATCH")
                        .header("HX-Request", "true").with(csrf()).with(agent).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("opened from this ticket before").contains("Return R-" + stored.get(1));
        assertThat(returns()).isEqualTo(1);
        assertThat(tickets.get(seller.owner, ticket).events().stream().filter(e -> e.action().equals("return-opened")))
                .hasSize(1);
    }

    @Test
    void aReturnAfterTheWindowIsRefusedOnTheTicketWithTheDatesAndNothingIsStored() throws Exception {
        String orderNumber = deliveredOrder(Duration.ofDays(40));
        TicketId ticket = ticketAbout(orderNumber);

        String answer = mvc.perform(post("/desk/tickets/" + ticket + "/return").param("line", "1")
                        .param("quantity-1", "1").param("reason", "SIZE_MISMATCH")
                        .header("HX-Request", "true").with(csrf()).with(agent).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("Not done:").contains("outside the return window")
                .contains("window 30 days").contains("last day");
        assertThat(returns()).isZero();
        assertThat(tickets.get(seller.owner, ticket).events().stream().filter(e -> e.action().equals("return-opened")))
                .isEmpty();
    }

    @Test
    void moreThanWasOrderedIsRefusedNamingTheQuantity() throws Exception {
        TicketId ticket = ticketAbout(deliveredOrder(Duration.ofDays(2)));

        String answer = mvc.perform(post("/desk/tickets/" + ticket + "/return").param("line", "2")
                        .param("quantity-2", "3").param("reason", "DAMAGED")
                        .header("HX-Request", "true").with(csrf()).with(agent).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("Not done:").contains("3 requested, 2 left to return");
        assertThat(returns()).isZero();
    }

    long returns() {
        return jdbc.sql("select count(*) from return_request where tenant_id = :tenant")
                .param("tenant", seller.tenant.id().value()).query(Long.class).single();
    }

    private RequestPostProcessor signedIn(String email) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(email).password(TestTenant.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return request -> {
            request.setCookies(session);
            return request;
        };
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).locale(Locale.ENGLISH).with(agent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
