package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The brief's desk, item 1: every message stored once, threaded per buyer and order, never an error for a stranger. */
@SpringBootTest
class InboxTests {

    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired Teams teams;
    @Autowired Orders orders;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    TestTenant seller;
    Actor owner;

    @BeforeEach
    void aGermanShop() {
        seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
    }

    @Test
    void anUnknownSenderBecomesAContactAndATicket() {
        var received = inbox.receive(seller.id(), email("m1", "anna@example.de", "Wo ist meine Bestellung?",
                "Hallo, ich warte seit drei Wochen auf mein Paket. Wo ist meine Bestellung?"));

        assertThat(received.newTicket()).isTrue();
        assertThat(received.duplicate()).isFalse();
        var ticket = tickets.get(owner, received.ticket());
        assertThat(ticket.ticket().status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.ticket().language()).isEqualTo("de");
        assertThat(ticket.ticket().intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(ticket.contact().address()).isEqualTo("anna@example.de");
        assertThat(ticket.messages()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("INBOUND"));
    }

    @Test
    void theSameMessageDeliveredTwiceIsStoredOnce() {
        var first = inbox.receive(seller.id(), email("dup-1", "ben@example.de", null, "Wo ist mein Paket?"));
        var again = inbox.receive(seller.id(), email("dup-1", "ben@example.de", null, "Wo ist mein Paket?"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.ticket()).isEqualTo(first.ticket());
        assertThat(tickets.get(owner, first.ticket()).messages()).hasSize(1);
    }

    @Test
    void aBuyerWritingAgainContinuesTheOpenTicketAndReopensASolvedOne() {
        var first = inbox.receive(seller.id(), email("t-1", "carla@example.de", null, "Wo ist mein Paket?"));
        tickets.reply(owner, first.ticket(), "Ihr Paket ist beim Zoll, wir melden uns.", TicketStatus.PENDING_BUYER);
        var second = inbox.receive(seller.id(), email("t-2", "carla@example.de", null, "Danke, und wann kommt es?"));

        assertThat(second.ticket()).isEqualTo(first.ticket());
        assertThat(tickets.get(owner, first.ticket()).ticket().status()).isEqualTo(TicketStatus.OPEN);

        tickets.setStatus(owner, first.ticket(), TicketStatus.SOLVED);
        var third = inbox.receive(seller.id(), email("t-3", "carla@example.de", null, "Es ist immer noch nicht da!"));
        assertThat(third.ticket()).isEqualTo(first.ticket());
        var reopened = tickets.get(owner, first.ticket());
        assertThat(reopened.ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(reopened.events()).extracting(TicketDetail.Event::action).contains("reopened");
    }

    @Test
    void aClosedTicketNeverChangesAndTheNextMessageOpensAFollowUp() {
        var first = inbox.receive(seller.id(), email("c-1", "dora@example.de", null, "Wo ist mein Paket?"));
        tickets.setStatus(owner, first.ticket(), TicketStatus.CLOSED);

        assertThatThrownBy(() -> tickets.setStatus(owner, first.ticket(), TicketStatus.OPEN))
                .hasMessageStartingWith("status:").hasMessageContaining("closed");
        var next = inbox.receive(seller.id(), email("c-2", "dora@example.de", null, "Noch eine Frage"));
        assertThat(next.newTicket()).isTrue();
        assertThat(next.ticket()).isNotEqualTo(first.ticket());
        assertThat(tickets.get(owner, next.ticket()).events()).extracting(TicketDetail.Event::action).contains("follow-up");
    }

    @Test
    void aReplyToOurMessageLandsOnItsTicketAndAnOrderNumberInTheTextLinksTheOrder() {
        String number = "DE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var order = order(number, "emil@example.de");
        var first = inbox.receive(seller.id(), email("o-1", "emil@example.de", "Bestellung " + number,
                "Meine Bestellung " + number + " ist kaputt angekommen."));
        assertThat(tickets.get(owner, first.ticket()).ticket().order()).isEqualTo(order);
        assertThat(tickets.get(owner, first.ticket()).ticket().orderNumber()).isEqualTo(number);

        UUID reply = tickets.reply(owner, first.ticket(), "Das tut uns leid. Schicken Sie uns bitte ein Foto.", null);
        String replyId = jdbc.sql("select external_id from ticket_message where id = :id").param("id", reply)
                .query(String.class).single();
        var answer = inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), Channel.EMAIL, "o-2",
                "emil@example.de", null, "Re: Bestellung", "Hier ist das Foto.", null, List.of(replyId), null, List.of()));
        assertThat(answer.ticket()).isEqualTo(first.ticket());

        long ticketNumber = tickets.get(owner, first.ticket()).ticket().number();
        tickets.setStatus(owner, first.ticket(), TicketStatus.SOLVED);
        var bySubject = inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), Channel.EMAIL, "o-3",
                "emil@example.de", null, "AW: Re: Bestellung [#" + ticketNumber + "]", "Noch eine Frage zur Rechnung.", null,
                List.of(), null, List.of()));
        assertThat(bySubject.ticket()).isEqualTo(first.ticket());
        var stranger = inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), Channel.EMAIL, "o-4",
                "someone-else@example.de", null, "Re: [#" + ticketNumber + "]", "Hallo?", null, List.of(), null, List.of()));
        assertThat(stranger.ticket()).as("another sender naming the number gets their own ticket").isNotEqualTo(first.ticket());
    }

    @Test
    void anAngryThreatIsEscalatedToTheSeniorTeamAndItsAgentOnShift() {
        UserId senior = tenants.createUser("senior-" + UUID.randomUUID() + "@test.aftercare", "Senior", "pw-123456789", "de");
        tenants.grant(senior, seller.id(), Role.AGENT, Set.of("DE"));
        teams.create(owner, new Teams.TeamForm("Germany", Set.of("DE"), Set.of(), Teams.Method.LEAST_LOADED, false,
                Set.of(seller.owner().value())));
        var escalations = teams.create(owner, new Teams.TeamForm("Escalations", Set.of(), Set.of(), Teams.Method.ROUND_ROBIN,
                true, Set.of(senior.value())));
        teams.shift(owner, senior.value(), true);
        teams.shift(owner, seller.owner().value(), true);

        var calm = inbox.receive(seller.id(), email("e-0", "gina@example.de", null, "Wo ist mein Paket?"));
        assertThat(tickets.get(owner, calm.ticket()).ticket().assignee()).isEqualTo(seller.owner().value());

        var angry = inbox.receive(seller.id(), email("e-1", "fritz@example.de", null,
                "Das ist Betrug! Ich werde euch bei TikTok melden, eine schlechte Bewertung schreiben und meinen Anwalt einschalten!"));
        var ticket = tickets.get(owner, angry.ticket()).ticket();
        assertThat(angry.understanding().escalate()).isTrue();
        assertThat(ticket.escalatedAt()).isNotNull();
        assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
        assertThat(ticket.team()).isEqualTo(escalations);
        assertThat(ticket.assignee()).isEqualTo(senior.value());
    }

    @Test
    void anAgentOffShiftOrServingAnotherMarketGetsNothing() {
        UserId french = tenants.createUser("fr-" + UUID.randomUUID() + "@test.aftercare", "Fr", "pw-123456789", "fr");
        tenants.grant(french, seller.id(), Role.AGENT, Set.of("FR"));
        var team = teams.create(owner, new Teams.TeamForm("Everyone", Set.of(), Set.of(), Teams.Method.ROUND_ROBIN, false,
                Set.of(french.value(), seller.owner().value())));
        teams.shift(owner, french.value(), true);

        var first = inbox.receive(seller.id(), email("s-1", "hans@example.de", null, "Wo ist mein Paket?"));
        assertThat(tickets.get(owner, first.ticket()).ticket().team()).isEqualTo(team);
        assertThat(tickets.get(owner, first.ticket()).ticket().assignee()).as("owner off shift, French agent not serving DE").isNull();

        teams.shift(owner, seller.owner().value(), true);
        var second = inbox.receive(seller.id(), email("s-2", "ida@example.de", null, "Wo ist mein Paket?"));
        assertThat(tickets.get(owner, second.ticket()).ticket().assignee()).isEqualTo(seller.owner().value());
        assertThatThrownBy(() -> tickets.assign(owner, second.ticket(), french.value())).hasMessageStartingWith("assignee:");
    }

    @Test
    void notReceivedAfterADeliveredScanOpensTheAlert() {
        String number = "DE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var order = order(number, "jana@example.de");
        ShipmentId parcel = parcels.delivered(seller.shop(), "YUNEXPRESS");
        jdbc.sql("update shipment set order_id = :order where id = :id").param("order", order).param("id", parcel.value()).update();
        parcels.settle();

        var received = inbox.receive(seller.id(), email("n-1", "jana@example.de", "Bestellung " + number,
                "Laut Sendungsverfolgung wurde mein Paket zugestellt, aber ich habe es nicht erhalten."));

        assertThat(received.understanding().intent()).isEqualTo(Intent.DELIVERED_NOT_RECEIVED);
        assertThat(jdbc.sql("select count(*) from alert where shipment_id = :id and rule = 'DELIVERED_NOT_RECEIVED'")
                .param("id", parcel.value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(tickets.get(owner, received.ticket()).events()).extracting(TicketDetail.Event::action)
                .contains("delivered-not-received");
    }

    @Test
    void anotherTenantsTicketsAreInvisibleAndAnAgentSeesOnlyTheirMarkets() {
        var received = inbox.receive(seller.id(), email("x-1", "kai@example.de", null, "Wo ist mein Paket?"));
        var other = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        var stranger = new Actor(other.ownerEmail(), other.owner(), other.id(), Role.OWNER, Set.of());
        var frenchAgent = new Actor("fr", null, seller.id(), Role.AGENT, Set.of("FR"));

        assertThatThrownBy(() -> tickets.get(stranger, received.ticket())).hasMessageContaining("not found");
        assertThatThrownBy(() -> tickets.get(frenchAgent, received.ticket())).hasMessageContaining("not found");
        assertThat(tickets.inbox(stranger, TicketFilter.open()).tickets()).isEmpty();
        assertThat(tickets.inbox(frenchAgent, TicketFilter.open()).tickets()).isEmpty();
        assertThat(tickets.inbox(owner, TicketFilter.open()).tickets()).extracting(TicketSummary::id)
                .containsExactly(received.ticket());
    }

    @Test
    void anUnsupportedLanguageIsKeptAndFlagged() {
        var received = inbox.receive(seller.id(), email("u-1", "lea@example.de", null,
                "Hej, var är mitt paket? Jag har väntat i tre veckor och ingen svarar på mina meddelanden."));
        var ticket = tickets.get(owner, received.ticket()).ticket();
        assertThat(ticket.languageSupported()).isFalse();
        assertThat(ticket.intent()).isEqualTo(Intent.OTHER);
        assertThat(tickets.get(owner, received.ticket()).messages()).singleElement()
                .satisfies(m -> assertThat(m.body()).startsWith("Hej, var är mitt paket?"));
    }

    private InboundMessage email(String id, String from, String subject, String body) {
        return new InboundMessage(seller.shop().id(), Channel.EMAIL, "<" + id + "-" + seller.id() + "@mail.example>", from,
                null, subject, body, null, List.of(), clock.instant(), List.of());
    }

    private UUID order(String number, String email) {
        var outcome = orders.create(owner, new NewOrder(seller.shop().id(), number, Instant.now().minusSeconds(86400 * 10),
                new NewOrder.NewBuyer(email, "Buyer", email, null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("SKU-1", "Jacke", new Money(new BigDecimal("59.90"), java.util.Currency.getInstance("EUR")), 1, false)),
                "API"));
        return outcome.order().value();
    }
}
