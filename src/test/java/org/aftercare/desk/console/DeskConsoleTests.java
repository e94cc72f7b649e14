package org.aftercare.desk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.desk.InboundMessage;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.Teams;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.Tickets;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.Orders;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
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

/** Who may see and do what on the desk's console pages, rendered on the server. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskConsoleTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired Teams teams;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Parcels parcels;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    DeskSeller seller;
    TicketId ticket;
    String orderNumber;

    @BeforeEach
    void aBuyerAsksAboutTheirOrder() {
        seller = new DeskSeller(tenants, shops, inbox, orders, shipments, clock);
        orderNumber = seller.orderWithParcel("jonas@example.de");
        awaitNoPickupAlert();
        ticket = seller.write(seller.shop(), "jonas@example.de", "Wo bleibt meine Jacke?",
                "Hallo, meine Bestellung " + orderNumber + " ist immer noch nicht da. Wo ist mein Paket?", null,
                List.of(new InboundMessage.IncomingAttachment("beleg.txt", "text/plain",
                        "Bestellbeleg".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anAgentSeesTheInboxAndTheTicketWithItsOrder() throws Exception {
        RequestPostProcessor agent = as(Role.AGENT, Set.of("DE"));

        assertThat(page("/desk", agent)).contains("Wo bleibt meine Jacke?").contains("Where is my order")
                .contains("German").contains("Start my shift").doesNotContain("??");

        String view = page("/desk/tickets/" + ticket, agent);
        assertThat(view).contains("Hallo, meine Bestellung " + orderNumber)
                .contains(orderNumber).contains("Winterjacke M").contains("89.90 EUR")
                .contains(parcels.number(seller.parcelOf(orderNumber))).contains("/shipments/" + seller.parcelOf(orderNumber))
                .contains("No pickup")
                .contains("beleg.txt")
                .contains("id=\"order-offers\"").contains("Propose by the policy").contains("once the returns module exists")
                .contains("once the cases module exists")
                .contains("Reply to the buyer").contains("Pending warehouse")
                .doesNotContain("??");
    }

    @Test
    void aViewerReadsButCannotReply() throws Exception {
        RequestPostProcessor viewer = as(Role.VIEWER, Set.of());

        String view = page("/desk/tickets/" + ticket, viewer);
        assertThat(view).contains("Wo bleibt meine Jacke?").doesNotContain("id=\"composer\"").doesNotContain("solve-form")
                .doesNotContain("jonas@example.de");
        mvc.perform(post("/desk/tickets/" + ticket + "/messages").param("body", "Ihr Paket ist unterwegs")
                        .with(csrf()).with(viewer))
                .andExpect(status().isForbidden());
        mvc.perform(post("/desk/tickets/" + ticket + "/status").param("status", "SOLVED").with(csrf()).with(viewer))
                .andExpect(status().isForbidden());
        assertThat(tickets.get(seller.owner, ticket).messages()).hasSize(1);
        assertThat(tickets.get(seller.owner, ticket).ticket().status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void anotherTenantsTicketIsNotFound() throws Exception {
        TestTenant other = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        RequestPostProcessor stranger = signedIn(other.ownerEmail());
        UUID attachment = tickets.get(seller.owner, ticket).messages().getFirst().attachments().getFirst().id();

        mvc.perform(get("/desk/tickets/" + ticket).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/desk/tickets/" + ticket + "/attachments/" + attachment).with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(post("/desk/tickets/" + ticket + "/messages").param("body", "Hallo").with(csrf()).with(stranger))
                .andExpect(status().isNotFound());
        assertThat(page("/desk", stranger)).doesNotContain("Wo bleibt meine Jacke?");
        assertThat(tickets.get(seller.owner, ticket).messages()).hasSize(1);
    }

    @Test
    void anAgentOfAnotherMarketDoesNotSeeTheTicket() throws Exception {
        RequestPostProcessor french = as(Role.AGENT, Set.of("FR"));
        mvc.perform(get("/desk/tickets/" + ticket).with(french)).andExpect(status().isNotFound());
        assertThat(page("/desk", french)).doesNotContain("Wo bleibt meine Jacke?");
    }

    @Test
    void anAgentRepliesAndTheReplyIsQueued() throws Exception {
        RequestPostProcessor agent = as(Role.AGENT, Set.of());
        mvc.perform(post("/desk/tickets/" + ticket + "/messages").param("body", "Ihr Paket ist unterwegs.")
                        .param("then", "PENDING_BUYER").with(csrf()).with(agent))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/desk/tickets/" + ticket));
        var detail = tickets.get(seller.owner, ticket);
        assertThat(detail.ticket().status()).isEqualTo(TicketStatus.PENDING_BUYER);
        assertThat(detail.messages()).extracting(m -> m.kind()).containsExactly("INBOUND", "REPLY");

        String htmx = mvc.perform(post("/desk/tickets/" + ticket + "/messages").param("kind", "note").param("body", " ")
                        .header("HX-Request", "true").with(csrf()).with(agent).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(htmx).contains("Write a message first.");
    }

    @Test
    void attachmentsAreDownloadedNeverRendered() throws Exception {
        UUID attachment = tickets.get(seller.owner, ticket).messages().getFirst().attachments().getFirst().id();
        var response = mvc.perform(get("/desk/tickets/" + ticket + "/attachments/" + attachment)
                        .with(as(Role.AGENT, Set.of())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("beleg.txt");
        assertThat(response.getContentType()).isEqualTo("application/octet-stream");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Bestellbeleg");
    }

    @Test
    void managersEditTeamsAndAgentsOnlyRead() throws Exception {
        RequestPostProcessor manager = as(Role.MANAGER, Set.of());
        mvc.perform(post("/desk/settings/teams").param("name", "Team Deutschland").param("markets", "de, at")
                        .param("languages", "de").param("method", "ROUND_ROBIN").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/desk/settings/teams", manager)).contains("Team Deutschland").contains("AT, DE")
                .contains("Round robin").contains("Team created.");
        UUID team = teams.list(seller.owner).getFirst().id();
        assertThat(page("/desk/settings/teams?edit=" + team, manager)).contains("Edit Team Deutschland")
                .contains("value=\"AT, DE\"");
        mvc.perform(post("/desk/settings/teams/" + team).param("name", "Team DACH").param("markets", "DE, AT, CH")
                        .param("languages", "de").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection());
        assertThat(teams.list(seller.owner).getFirst().markets()).containsExactlyInAnyOrder("AT", "CH", "DE");

        RequestPostProcessor agent = as(Role.AGENT, Set.of());
        assertThat(page("/desk/settings/teams", agent)).contains("Team DACH")
                .contains("Only managers and owners can change teams.").doesNotContain("Create team");
        mvc.perform(post("/desk/settings/teams").param("name", "Sneaky").with(csrf()).with(agent))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAgentTogglesTheirShift() throws Exception {
        RequestPostProcessor agent = as(Role.AGENT, Set.of());
        String toggle = mvc.perform(post("/desk/shift").param("onShift", "true").header("HX-Request", "true")
                        .with(csrf()).with(agent).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(toggle).contains("On shift").contains("End my shift");
        assertThat(page("/desk", agent)).contains("End my shift");
    }

    @Test
    void theDeskSpeaksChinese() throws Exception {
        RequestPostProcessor agent = as(Role.AGENT, Set.of());
        String inboxPage = mvc.perform(get("/desk").locale(Locale.SIMPLIFIED_CHINESE).with(agent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inboxPage).contains("客服工作台").contains("查询物流").doesNotContain("??");
        String view = mvc.perform(get("/desk/tickets/" + ticket).locale(Locale.SIMPLIFIED_CHINESE).with(agent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(view).contains("对话").contains("按政策提议").doesNotContain("??");
    }

    @Test
    void aBadFilterIsNamedAndIgnored() throws Exception {
        assertThat(page("/desk?intent=NONSENSE", as(Role.AGENT, Set.of()))).contains("intent: unknown value NONSENSE")
                .contains("Wo bleibt meine Jacke?");
    }

    private void awaitNoPickupAlert() {
        parcels.settle();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from alert where tenant_id = :tenant and rule = 'NO_PICKUP'")
                .param("tenant", seller.tenant.id().value()).query(Integer.class).single() == 1);
    }

    @Test
    void theTicketPageOffersScriptsFilledFromTheOrderAndTheSopBesideIt() throws Exception {
        RequestPostProcessor agent = as(Role.AGENT, Set.of());

        String view = page("/desk/tickets/" + ticket, agent);

        assertThat(view).contains("Reply scripts for this ticket").contains("data-use-script")
                .contains(orderNumber).contains("How we handle this (SOP)").contains("Open carrier ticket")
                .doesNotContain("??");
        mvc.perform(post("/desk/tickets/" + ticket + "/case-library").param("tags", "wismo, calm")
                        .with(csrf()).with(agent))
                .andExpect(status().is3xxRedirection());
        assertThat(tickets.get(seller.owner, ticket).events()).extracting(TicketDetail.Event::action).contains("case-library");
    }

    @Test
    void theReportsPageShowsThePeriodsTicketsPerTeamMarketAndSku() throws Exception {
        RequestPostProcessor manager = as(Role.MANAGER, Set.of());

        assertThat(page("/desk/reports?by=MARKET&reasons=SKU", manager)).contains("Desk reports").contains("DE")
                .contains("Where is my order").doesNotContain("??");
        assertThat(page("/desk/reports?by=CHANNEL&reasons=CARRIER", manager)).contains("E-mail").doesNotContain("??");
    }

    @Test
    void theHistoryReadsInTheViewersLanguage() throws Exception {
        TicketId angry = seller.email("wut@example.de", "Betrug",
                "Das ist Betrug! Ich melde euch bei TikTok und gehe zum Anwalt!");
        RequestPostProcessor agent = as(Role.AGENT, Set.of());

        String view = mvc.perform(get("/desk/tickets/" + angry).header("Accept-Language", "zh-CN").with(agent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(view).contains("风险").doesNotContain("risk 8").doesNotContain("[THREAT");
    }

    private RequestPostProcessor as(Role role, Set<String> markets) throws Exception {
        return signedIn(seller.user(role, markets));
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

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).locale(Locale.ENGLISH).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
