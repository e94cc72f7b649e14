package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.desk.satisfaction.Surveys;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** R12: after a resolution the buyer is asked, once, in their language; a happy buyer may update their review. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class SatisfactionSurveyTests {

    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired Surveys surveys;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    TestTenant seller;
    Actor owner;

    @BeforeEach
    void aGermanShop() {
        seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        surveys.sendDue(); // what other tests left due is sent now, so counts below are this test's
    }

    @Test
    void aSolvedTicketGetsOneSurveyInTheBuyersLanguageAfterADay() throws Exception {
        TicketId ticket = solvedTicket("Wo ist mein Paket? Ich warte seit zwei Wochen.", "Anna Schmidt");

        clock.advance(Duration.ofHours(23));
        assertThat(surveysOf(ticket)).isZero();
        clock.advance(Duration.ofHours(2));
        surveys.sendDue();
        surveys.sendDue();

        assertThat(surveysOf(ticket)).isEqualTo(1);
        var sent = tickets.get(owner, ticket).messages().getLast();
        assertThat(sent.kind()).isEqualTo("REPLY");
        assertThat(sent.body()).startsWith("Hallo Anna, wir hoffen").contains("/buyer/survey/");
        assertThat(tickets.get(owner, ticket).ticket().status()).isEqualTo(TicketStatus.SOLVED);

        String link = sent.body().substring(sent.body().indexOf("/buyer/survey/"), sent.body().indexOf("/buyer/survey/") + 46);
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wie zufrieden sind Sie")));
        mvc.perform(post(link).param("rating", "2").param("comment", "Zu langsam")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Danke für Ihre Rückmeldung")));
        mvc.perform(post(link).param("rating", "5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("bereits beantwortet")));
        assertThat(jdbc.sql("select rating from desk_survey where ticket_id = :t").param("t", ticket.value())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aHappyBuyerIsInvitedToUpdateTheirReviewWhereTheShopAsksForIt() throws Exception {
        surveys.configure(owner, seller.shop().id(), new Surveys.Setting(Surveys.Mode.SURVEY_THEN_REVIEW, Duration.ofHours(1),
                false, "https://shop.example/review?order={orderNumber}", false));
        TicketId ticket = solvedTicket("Wo ist mein Paket?", null);
        clock.advance(Duration.ofHours(2));
        surveys.sendDue();
        String token = jdbc.sql("select token from desk_survey where ticket_id = :t").param("t", ticket.value())
                .query(String.class).single();

        mvc.perform(post("/buyer/survey/" + token).param("rating", "5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("https://shop.example/review?order=")))
                .andExpect(content().string(containsString("Bewertung aktualisieren")));
    }

    @Test
    void anEscalatedTicketOrAShopThatSaidOffGetsNone() {
        TicketId angry = solvedTicket("Betrug! Ich melde euch bei TikTok, schreibe eine schlechte Bewertung und gehe zum Anwalt!", null);
        clock.advance(Duration.ofHours(25));
        surveys.sendDue();
        assertThat(surveysOf(angry)).isZero();

        surveys.configure(owner, seller.shop().id(), new Surveys.Setting(Surveys.Mode.OFF, Duration.ZERO, false, null, false));
        TicketId calm = solvedTicket("Wo ist mein Paket?", null);
        clock.advance(Duration.ofHours(25));
        surveys.sendDue();
        assertThat(surveysOf(calm)).isZero();
    }

    @Test
    void anUnknownLinkIsNotFoundAndARatingOutOfRangeIsAskedAgain() throws Exception {
        mvc.perform(get("/buyer/survey/not-a-token")).andExpect(status().isNotFound());
        TicketId ticket = solvedTicket("Where is my parcel?", null);
        clock.advance(Duration.ofHours(25));
        surveys.sendDue();
        String token = jdbc.sql("select token from desk_survey where ticket_id = :t").param("t", ticket.value())
                .query(String.class).single();
        mvc.perform(post("/buyer/survey/" + token).param("rating", "9")).andExpect(status().isOk())
                .andExpect(content().string(containsString("1")))
                .andExpect(content().string(not(containsString("Thank you for your feedback"))));
    }

    private TicketId solvedTicket(String text, String name) {
        var received = inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), Channel.API, UUID.randomUUID().toString(),
                "buyer-" + UUID.randomUUID(), name, null, text, null, List.of(), clock.instant(), List.of()));
        tickets.reply(owner, received.ticket(), "Erledigt.", TicketStatus.SOLVED);
        return received.ticket();
    }

    private int surveysOf(TicketId ticket) {
        return jdbc.sql("select count(*) from desk_survey where ticket_id = :t").param("t", ticket.value())
                .query(Integer.class).single();
    }
}
