package org.aftercare.desk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.TicketId;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.Orders;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * The live inbox across instances: a change announced by any instance through PostgreSQL reaches
 * the open event streams of this one, and only those whose user may see the ticket.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LiveInboxTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Inbox inbox;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Clock clock;
    @Autowired TicketNotifications notifications;
    @Autowired Environment environment;

    DeskSeller seller;

    @BeforeEach
    void aGermanSeller() {
        seller = new DeskSeller(tenants, shops, inbox, orders, shipments, clock);
        await().atMost(Duration.ofSeconds(10)).until(notifications::listening);
    }

    @Test
    void aNotificationFromAnotherInstanceReachesAnOpenStream() throws Exception {
        MvcResult stream = openStream(seller.user(Role.AGENT, Set.of("DE")));
        UUID otherTenants = UUID.randomUUID();
        UUID otherMarkets = UUID.randomUUID();
        UUID ours = UUID.randomUUID();

        // Another instance: nothing but a plain JDBC connection to the same database.
        try (Connection other = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
             PreparedStatement notify = other.prepareStatement("select pg_notify('desk_ticket', ?)")) {
            for (String payload : new String[] {
                    UUID.randomUUID() + ":" + otherTenants + ":DE:message",
                    seller.tenant.id() + ":" + otherMarkets + ":FR:message",
                    seller.tenant.id() + ":" + ours + ":DE:message"}) {
                notify.setString(1, payload);
                notify.execute();
            }
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(stream.getResponse().getContentAsString()).contains("event:ticket\ndata:" + ours + " message"));
        assertThat(stream.getResponse().getContentAsString()).doesNotContain(otherTenants.toString())
                .doesNotContain(otherMarkets.toString());
    }

    @Test
    void aBuyerMessageIsAnnouncedOnceItsTransactionCommitted() throws Exception {
        MvcResult stream = openStream(seller.user(Role.AGENT, Set.of()));

        TicketId ticket = seller.email("lena@example.de", "Paket?", "Wo ist mein Paket? Ich warte seit zwei Wochen.");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(stream.getResponse().getContentAsString()).contains("data:" + ticket + " created"));
    }

    private MvcResult openStream(String email) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(email).password(TestTenant.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
        return mvc.perform(get("/desk/events").cookie(session))
                .andExpect(request().asyncStarted())
                .andReturn();
    }
}
