package org.aftercare.evidence;

import static org.aftercare.evidence.EvidenceFixtures.anOrder;
import static org.aftercare.evidence.EvidenceFixtures.owner;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.desk.Channel;
import org.aftercare.desk.InboundMessage;
import org.aftercare.desk.Inbox;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order record, tracking trail and chat transcript made from Aftercare's own records. */
@SpringBootTest
@Import(TestClock.Config.class)
class GeneratedEvidenceTests {

    @Autowired EvidenceArchive archive;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired Inbox inbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;
    Actor actor;
    OrderId order;
    ShipmentId parcel;

    @BeforeEach
    void aDeliveredOrderTheBuyerWroteAbout() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        actor = owner(seller);
        order = anOrder(orders, seller, clock);
        parcel = parcels.delivered(seller.shop(), "YUNEXPRESS");
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
        Order o = orders.get(actor, order);
        inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), Channel.API, UUID.randomUUID().toString(),
                "sam@example.com", "Sam Buyer", "Where is my parcel?", "The tracking says delivered but I have nothing. 我没有收到包裹。",
                o.orderNumber(), List.of(), clock.instant().minus(Duration.ofHours(5)), List.of()));
    }

    @Test
    void theTrailListsEveryEventWithTimeZoneAndLocation() throws IOException {
        List<EvidenceItem> items = archive.generate(actor, order);

        assertThat(items).extracting(EvidenceItem::kind)
                .containsExactlyInAnyOrder(EvidenceKind.ORDER_RECORD, EvidenceKind.TRACKING_TRAIL, EvidenceKind.CHAT_TRANSCRIPT);
        assertThat(items).allSatisfy(i -> {
            assertThat(i.generated()).isTrue();
            assertThat(i.mediaType()).isEqualTo("application/pdf");
        });
        EvidenceItem trail = items.stream().filter(i -> i.kind() == EvidenceKind.TRACKING_TRAIL).findFirst().orElseThrow();
        assertThat(trail.shipment()).isEqualTo(parcel);

        String text = text(trail);
        assertThat(text).contains("Picked up by carrier", "Departed origin", "Delivered, front door",
                "Shenzhen, CN", "Brooklyn, NY, US", "UTC", "Events 3");
        String chat = text(items.stream().filter(i -> i.kind() == EvidenceKind.CHAT_TRANSCRIPT).findFirst().orElseThrow());
        assertThat(chat).contains("The tracking says delivered but I have nothing.", "我没有收到包裹。", "Buyer");
        String record = text(items.stream().filter(i -> i.kind() == EvidenceKind.ORDER_RECORD).findFirst().orElseThrow());
        assertThat(record).contains("TEE-RED-M", "Red tee").doesNotContain("sam@example.com");
    }

    @Test
    void generatingAgainWithoutNewDataGivesTheSameItems() {
        List<EvidenceItem> first = archive.generate(actor, order);
        clock.advance(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(-5));

        List<EvidenceItem> again = archive.generate(actor, order);

        assertThat(again).isEqualTo(first);
        assertThat(archive.ofOrder(actor, order)).hasSize(3);
    }

    @Test
    void aNoticeSentToTheBuyerIsKeptAsItWasWritten() throws IOException {
        Order o = orders.get(actor, order);
        java.time.Instant sentAt = clock.instant().minus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into notice (id, tenant_id, shop_id, order_id, send_key, scenario, reason, channel, recipient,
                                            language, subject, body, status, created_at, created_by, sent_at)
                        values (:id, :tenant, :shop, :order, :key, 'DELAY_NOTICE', 'CUSTOMS_INSPECTION', 'EMAIL',
                                'sam@example.com', 'de', 'Ihre Bestellung verzögert sich',
                                'Ihr Paket wird beim Zoll geprüft. Wir melden uns am Donnerstag wieder.', 'SENT', :at, 'system', :at)
                        """)
                .param("id", UUID.randomUUID()).param("tenant", seller.id().value()).param("shop", o.shop().value())
                .param("order", order.value()).param("key", "test:" + UUID.randomUUID()).param("at", java.sql.Timestamp.from(sentAt))
                .update();
        jdbc.sql("""
                        insert into notice (id, tenant_id, shop_id, order_id, send_key, scenario, channel, recipient, language,
                                            subject, body, status, created_at, created_by)
                        values (:id, :tenant, :shop, :order, :key, 'FOLLOW_UP_UPDATE', 'EMAIL', 'sam@example.com', 'de',
                                'Nie gesendet', 'Dieser Text ging nie hinaus.', 'PROPOSED', :at, 'system')
                        """)
                .param("id", UUID.randomUUID()).param("tenant", seller.id().value()).param("shop", o.shop().value())
                .param("order", order.value()).param("key", "test:" + UUID.randomUUID()).param("at", java.sql.Timestamp.from(sentAt))
                .update();

        List<EvidenceItem> items = archive.generate(actor, order);

        List<EvidenceItem> notices = items.stream().filter(i -> i.kind() == EvidenceKind.NOTICE).toList();
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.capturedAt()).isEqualTo(sentAt));
        assertThat(text(notices.getFirst())).contains("DELAY_NOTICE", "EMAIL", "Ihre Bestellung verzögert sich",
                "Ihr Paket wird beim Zoll geprüft.").doesNotContain("Dieser Text ging nie hinaus.");
        assertThat(archive.generate(actor, order)).isEqualTo(items);
    }

    private String text(EvidenceItem item) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.copyContent(actor, item.id(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replace("\r", "").replaceAll("\n", " ");
        }
    }
}
