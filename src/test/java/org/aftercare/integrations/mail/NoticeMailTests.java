package org.aftercare.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.Tracking;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertRaised;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.Severity;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.Composition;
import org.aftercare.outreach.NoticeStatus;
import org.aftercare.outreach.NoticeView;
import org.aftercare.outreach.Notices;
import org.aftercare.outreach.Scenario;
import org.aftercare.outreach.outbox.NoticeOutbox;
import org.aftercare.outreach.promises.PromiseKeeper;
import org.aftercare.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import jakarta.mail.internet.MimeMessage;

/**
 * The brief's check of outreach over real SMTP: a delayed parcel of a German buyer in Berlin gets
 * one notice in German with the ETA window in her zone and a next-update date; at that date the
 * follow-up arrives with fresh status; an outage delays notices without losing or repeating one.
 */
class NoticeMailTests extends WithMailServer {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Tracking tracking;
    @Autowired Notices notices;
    @Autowired NoticeOutbox outbox;
    @Autowired PromiseKeeper promises;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired org.aftercare.remedies.Offers offers;

    String buyer;
    OrderId order;
    String orderNumber;

    @BeforeEach
    void aGermanBuyersOrderAtTenInTheMorningInBerlin() {
        jdbc.sql("""
                insert into carrier (code, name, kind, tracking_url)
                values ('OUTREACH_POST', 'Outreach Post', 'CROSS_BORDER', 'https://track.example/{trackingNumber}')
                on conflict do nothing
                """).update();
        ZonedDateTime now = clock.instant().atZone(BERLIN);
        ZonedDateTime ten = now.toLocalDate().plusDays(1).atTime(10, 0).atZone(BERLIN);
        clock.advance(Duration.between(now, ten));
        buyer = "anna-" + UUID.randomUUID().toString().substring(0, 6) + "@example.de";
        orderNumber = "DE-" + UUID.randomUUID().toString().substring(0, 8);
        order = orders.create(owner, new NewOrder(seller.shop().id(), orderNumber, clock.instant().minus(Duration.ofDays(3)),
                new NewOrder.NewBuyer(buyer, "Anna Schmidt", buyer, null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("CUSH-1", "Leinen-Kissenbezug", Money.of("19.90", "EUR"), 2, false)),
                "API")).order();
    }

    @Test
    void aDelayedParcelGetsOneGermanNoticeAndThePromisedFollowUpWithFreshStatus() throws Exception {
        ShipmentId shipment = shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), order,
                "OP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(), "OUTREACH_POST",
                null, null, "CN", "DE", "standard", clock.instant().minus(Duration.ofHours(50)), null,
                LocalDate.now(clock).plusDays(20), false));

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(buyer).size() == 1);
        MimeMessage notice = receivedBy(buyer).getFirst();
        String body = GreenMailUtil.getBody(notice);
        String text = ((String) notice.getContent()).strip();
        assertThat(notice.getSubject()).isEqualTo("Ihre Bestellung " + orderNumber + " verzögert sich – der aktuelle Stand");
        assertThat(notice.getHeader("Content-Language", null)).isEqualTo("de");
        assertThat(text).startsWith("Hallo Anna,")
                .contains("Ihr Paket mit 2 × Leinen-Kissenbezug braucht länger als vorgesehen.")
                .contains("Unser Lager hat derzeit weit mehr Bestellungen")
                .contains("Sendungsverfolgung: https://track.example/" + number(shipment))
                .contains("Voraussichtliche Zustellung: " + etaInBerlin(shipment))
                .contains("Wir melden uns spätestens am " + germanDateTime(clock.instant().plus(Duration.ofHours(48))) + " wieder")
                .contains("Bitte entschuldigen Sie die Wartezeit");
        assertThat(body).isNotBlank();

        AlertId alert = new AlertId(jdbc.sql("select alert_id from notice where order_id = :order")
                .param("order", order.value()).query(UUID.class).single());
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new AlertRaised(alert, seller.id(), shipment, AlertRule.NO_PICKUP, Severity.MEDIUM)));
        settle();
        outbox.dispatch();
        assertThat(noticesOf(order)).as("the same alert raised twice writes one notice").hasSize(1);
        assertThat(receivedBy(buyer)).hasSize(1);

        clock.advance(Duration.ofHours(20));
        tracking.ingest(seller.id(), List.of(new IncomingEvent("17track", UUID.randomUUID().toString(), number(shipment),
                "OUTREACH_POST", clock.instant(), null, "Shenzhen, CN", "PICKED_UP",
                "Picked up", TrackingStatus.InTransit, null, Milestone.PICKED_UP)));
        settle();
        promises.sweep();
        assertThat(noticesOf(order)).as("nothing is due before the promised time").hasSize(1);
        clock.advance(Duration.ofHours(28));
        promises.sweep();

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(buyer).size() == 2);
        MimeMessage followUp = receivedBy(buyer).get(1);
        assertThat(followUp.getSubject()).isEqualTo("Neuer Stand zu Ihrer Bestellung " + orderNumber);
        assertThat(((String) followUp.getContent()).strip()).contains("wie versprochen hier der neueste Stand")
                .contains("Aktueller Status: unterwegs (letzter Scan: Shenzhen, CN)")
                .contains("melden uns spätestens am " + germanDateTime(clock.instant().plus(Duration.ofHours(48))));
        assertThat(jdbc.sql("select p.status from notice_promise p join notice n on n.id = p.notice_id where n.order_id = :order order by p.due_at")
                .param("order", order.value()).query(String.class).list()).containsExactly("KEPT", "OPEN");
        assertThat(notices.sentForOrder(seller.id(), order)).extracting(r -> r.scenario())
                .containsExactly(Scenario.DELAY_NOTICE, Scenario.FOLLOW_UP_UPDATE);
    }

    @Test
    void aCouponIsOnlyPromisedOnceGrantedAndTheGrantLandsInTheLedger() throws Exception {
        shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), order,
                "OP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(), "OUTREACH_POST",
                null, null, "CN", "DE", "standard", clock.instant().minus(Duration.ofHours(1)), null,
                LocalDate.now(clock).minusDays(4), false));
        settle();

        NoticeView proposed = notices.find(owner, orderNumber, NoticeStatus.PROPOSED).stream()
                .filter(n -> n.coupon() != null).findFirst().orElseThrow();
        assertThat(proposed.coupon()).isEqualTo(Money.of("5.00", "EUR"));
        assertThat(proposed.body()).contains("Gutschein über 5,00\u00a0€");
        assertThat(receivedBy(buyer)).as("a coupon nobody granted is not promised by itself").isEmpty();
        assertThat(offers.forAlert(seller.id(), new AlertId(proposed.alert())).orElseThrow().state())
                .isEqualTo(org.aftercare.remedies.OfferState.PROPOSED);

        notices.send(owner, new org.aftercare.outreach.NoticeId(proposed.id()));
        outbox.dispatch();

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(buyer).size() == 1);
        assertThat(((String) receivedBy(buyer).getFirst().getContent())).contains("Gutschein über 5,00\u00a0€");
        assertThat(offers.forAlert(seller.id(), new AlertId(proposed.alert())).orElseThrow().state())
                .isEqualTo(org.aftercare.remedies.OfferState.GRANTED);
        assertThat(jdbc.sql("select sum(amount) from remedy_ledger where order_id = :order")
                .param("order", order.value()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("5.00");
    }

    @Test
    void aPromiseNobodyKeepsRaisesABrokenPromiseAlert() {
        ShipmentId shipment = registerWithoutAlert();
        NoticeView sent = notices.compose(owner, composition("broken-promise"));
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(buyer).size() == 1);
        MAIL.stop();
        try {
            clock.advance(Duration.ofHours(48));
            promises.sweep();
            clock.advance(Duration.ofHours(2));
            promises.sweep();
        }
        finally {
            MAIL.start();
            MAIL.setUser(shopAddress, shopAddress, System.getProperty(passwordVariable));
        }
        assertThat(jdbc.sql("select status from notice_promise where notice_id = :id").param("id", sent.id())
                .query(String.class).single()).isEqualTo("BROKEN");
        assertThat(jdbc.sql("select count(*) from alert where shipment_id = :s and rule = 'BROKEN_PROMISE'")
                .param("s", shipment.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNoticeDuringAnSmtpOutageIsDeliveredExactlyOnceAfterwards() throws Exception {
        registerWithoutAlert();
        MAIL.stop();
        NoticeView queued;
        try {
            queued = notices.compose(owner, composition("outage"));
            NoticeView waiting = notices.get(owner, new org.aftercare.outreach.NoticeId(queued.id()));
            assertThat(waiting.status()).isEqualTo(NoticeStatus.QUEUED);
            assertThat(waiting.lastError()).contains("Connection refused");
            outbox.dispatch();
            assertThat(notices.get(owner, new org.aftercare.outreach.NoticeId(queued.id())).attempts())
                    .as("not due again before its backoff").isEqualTo(1);
        }
        finally {
            MAIL.start();
            MAIL.setUser(shopAddress, shopAddress, System.getProperty(passwordVariable));
        }
        clock.advance(Duration.ofMinutes(2));
        outbox.dispatch();
        clock.advance(Duration.ofHours(5));
        outbox.dispatch();

        assertThat(notices.get(owner, new org.aftercare.outreach.NoticeId(queued.id())).status()).isEqualTo(NoticeStatus.SENT);
        assertThat(receivedBy(buyer)).hasSize(1);
        assertThat(receivedBy(buyer).getFirst().getMessageID()).isEqualTo("<" + queued.id() + "@aftercare>");
        assertThat(notices.compose(owner, composition("outage")).id()).as("same idempotency key").isEqualTo(queued.id());
    }

    @Test
    void anInvalidAddressFailsAtOnceWithTheReasonAndIsNeverRetried() {
        registerWithoutAlert();
        jdbc.sql("update buyer set email = 'anna.at.example.de' where tenant_id = :tenant")
                .param("tenant", seller.id().value()).update();
        NoticeView failed = notices.compose(owner, composition("invalid"));
        assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(failed.lastError()).contains("invalid e-mail address 'anna.at.example.de'");
        clock.advance(Duration.ofHours(6));
        outbox.dispatch();
        assertThat(notices.get(owner, new org.aftercare.outreach.NoticeId(failed.id())).attempts()).isZero();
    }

    private Composition composition(String key) {
        return new Composition(order.value(), null, Scenario.DELAY_NOTICE, org.aftercare.outreach.DelayReason.CUSTOMS_INSPECTION,
                null, null, null, null, key);
    }

    /** A parcel shipped an hour ago: no rule fires yet. */
    private ShipmentId registerWithoutAlert() {
        ShipmentId id = shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), order,
                "OP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(), "OUTREACH_POST",
                null, null, "CN", "DE", "standard", clock.instant().minus(Duration.ofHours(1)), null,
                LocalDate.now(clock).plusDays(20), false));
        settle();
        return id;
    }

    private String etaInBerlin(ShipmentId shipment) {
        var eta = shipments.eta(shipments.snapshot(seller.id(), shipment).orElseThrow()).orElseThrow();
        DateIntervalFormat format = DateIntervalFormat.getInstance("dMMMM", new ULocale("de", "DE"));
        format.setTimeZone(TimeZone.getTimeZone("Europe/Berlin"));
        return format.format(new DateInterval(eta.earliest().toEpochMilli(), eta.latest().toEpochMilli()));
    }

    /** "Donnerstag, 3. Dezember um 10:00", written out by hand from java.time. */
    private static String germanDateTime(Instant at) {
        ZonedDateTime local = at.atZone(BERLIN);
        return local.format(java.time.format.DateTimeFormatter.ofPattern("EEEE, d. MMMM", java.util.Locale.GERMAN))
                + " um " + local.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    private List<UUID> noticesOf(OrderId order) {
        return jdbc.sql("select id from notice where order_id = :order").param("order", order.value()).query(UUID.class).list();
    }

    private String number(ShipmentId shipment) {
        return jdbc.sql("select tracking_number from shipment where id = :id").param("id", shipment.value())
                .query(String.class).single();
    }

    private void settle() {
        org.aftercare.EventPublications.settle(jdbc);
    }

    private static List<MimeMessage> receivedBy(String address) {
        return EmailReplyTests.receivedBy(address);
    }
}
