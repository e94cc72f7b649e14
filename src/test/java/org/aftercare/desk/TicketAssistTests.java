package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Item 5: scripts that already know the order, SOPs beside the ticket, one-click actions. */
@SpringBootTest
class TicketAssistTests {

    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired TicketAssist assist;
    @Autowired Orders orders;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    Actor owner;
    String orderNumber;
    ShipmentId parcel;

    @BeforeEach
    void aFrenchBuyerWithAParcelOnTheWay() {
        seller = TestTenant.create(tenants, shops, "FR", Role.OWNER);
        owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        orderNumber = "FR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var order = orders.create(owner, new NewOrder(seller.shop().id(), orderNumber, Instant.now().minusSeconds(8 * 86400),
                new NewOrder.NewBuyer("tt-camille", "Camille Dupont", "camille.dupont@example.fr", "+33 6 11 22 33 44", "FR",
                        "fr", "Europe/Paris"),
                List.of(new NewOrder.Line("SKU-LAMP", "Lampe de chevet", new Money(new BigDecimal("24.90"),
                        Currency.getInstance("EUR")), 2, false)), "API"));
        parcel = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 100);
        jdbc.sql("update shipment set order_id = :o where id = :s").param("o", order.order().value())
                .param("s", parcel.value()).update();
        parcels.settle();
    }

    @Test
    void theDelayScriptIsFilledFromTheOrderInTheBuyersLanguage() {
        TicketId ticket = receive("Bonjour, où est mon colis ? Je l'attends depuis une semaine.");

        var suggestions = assist.suggestions(owner, ticket);

        assertThat(suggestions).isNotEmpty();
        var first = suggestions.getFirst();
        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.text()).contains("Camille").contains(orderNumber).contains("YunExpress")
                .doesNotContain("{").doesNotContain("[");
        assertThat(first.missing()).isEmpty();
        assertThat(assist.knowledge(owner, ticket, "zh")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.language()).isEqualTo("zh"));
    }

    @Test
    void aCarrierTicketIsOpenedOnTheParcelAndTheTicketWaitsForTheCarrier() {
        TicketId ticket = receive("Bonjour, où est mon colis ?");

        var opened = assist.openCarrierTicket(owner, ticket, "YT-INV-42");

        assertThat(opened.ticketNumber()).isEqualTo("YT-INV-42");
        assertThat(tickets.get(owner, ticket).ticket().status()).isEqualTo(TicketStatus.PENDING_CARRIER);
        assertThat(tickets.get(owner, ticket).events()).extracting(TicketDetail.Event::action).contains("carrier-ticket");
        assertThatThrownBy(() -> assist.openCarrierTicket(owner, ticket, " ")).hasMessageStartingWith("ticketNumber:");
    }

    @Test
    void theCaseLibraryKeepsTheConversationWithoutAnythingPersonal() {
        TicketId ticket = receive("Bonjour, je suis Camille Dupont, commande " + orderNumber
                + ", mon numéro est le +33 6 11 22 33 44. Où est mon colis ?");
        tickets.reply(owner, ticket, "Bonjour Camille, votre colis " + parcels.number(parcel) + " est en route.", TicketStatus.SOLVED);

        var entry = assist.addToCaseLibrary(owner, ticket, List.of("delay", "good-tone"));

        String text = entry.transcript().toString();
        assertThat(text).doesNotContain("Camille", "Dupont", orderNumber, "+33 6 11 22 33 44", parcels.number(parcel))
                .contains("colis");
        assertThat(entry.tags()).containsExactly("delay", "good-tone");
    }

    private TicketId receive(String text) {
        return inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), Channel.TIKTOK_CHAT,
                UUID.randomUUID().toString(), "tt-camille", "Camille Dupont", null, text, orderNumber, List.of(),
                null, List.of())).ticket();
    }
}
