package org.aftercare.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.BuyerId;
import org.aftercare.orders.Buyers;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.Composition;
import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.NoticeId;
import org.aftercare.outreach.NoticeStatus;
import org.aftercare.outreach.NoticeView;
import org.aftercare.outreach.Notices;
import org.aftercare.outreach.Scenario;
import org.aftercare.outreach.outbox.NoticeOutbox;
import org.aftercare.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A buyer erased on request: the notices written to them keep scenario, channel, times and state,
 * and lose address, name, subject and body; one still waiting in the outbox is never sent.
 */
class NoticeErasureTests extends WithMailServer {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired Orders orders;
    @Autowired Buyers buyers;
    @Autowired Notices notices;
    @Autowired NoticeOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired Shipments shipments;

    @Test
    void anErasedBuyersNoticesKeepTheRecordButNotTheText() {
        ZonedDateTime now = clock.instant().atZone(BERLIN);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(10, 0).atZone(BERLIN)));
        String buyer = "jana-" + UUID.randomUUID().toString().substring(0, 6) + "@example.de";
        OrderId order = orders.create(owner, new NewOrder(seller.shop().id(), "DE-" + UUID.randomUUID().toString().substring(0, 8),
                clock.instant().minus(Duration.ofDays(3)),
                new NewOrder.NewBuyer(buyer, "Jana Müller", buyer, null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("MUG", "Becher", Money.of("12.00", "EUR"), 1, false)), "API")).order();
        jdbc.sql("""
                insert into carrier (code, name, kind, tracking_url)
                values ('OUTREACH_POST', 'Outreach Post', 'CROSS_BORDER', 'https://track.example/{trackingNumber}')
                on conflict do nothing
                """).update();
        shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), order,
                "OP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(), "OUTREACH_POST",
                null, null, "CN", "DE", "standard", clock.instant().minus(Duration.ofHours(1)), null,
                LocalDate.now(clock).plusDays(20), false));
        NoticeView sent = notices.compose(owner, composition(order, "sent"));
        await().atMost(Duration.ofSeconds(30)).until(() -> EmailReplyTests.receivedBy(buyer).size() == 1);
        assertThat(notices.get(owner, new NoticeId(sent.id())).status()).isEqualTo(NoticeStatus.SENT);

        MAIL.stop();
        NoticeView waiting;
        try {
            waiting = notices.compose(owner, composition(order, "waiting"));
        }
        finally {
            MAIL.start();
            MAIL.setUser(shopAddress, shopAddress, System.getProperty(passwordVariable));
        }
        assertThat(notices.get(owner, new NoticeId(waiting.id())).status()).isEqualTo(NoticeStatus.QUEUED);

        BuyerId buyerId = orders.get(owner, order).buyer().id();
        buyers.erase(owner, buyerId);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from notice where order_id = :order and erased_at is null")
                .param("order", order.value()).query(Integer.class).single() == 0);

        Map<String, Object> kept = jdbc.sql("""
                select recipient, recipient_name, subject, body, scenario, channel, status, sent_at, created_at
                  from notice where id = :id
                """).param("id", sent.id()).query().singleRow();
        assertThat(kept.get("recipient")).isNull();
        assertThat(kept.get("recipient_name")).isNull();
        assertThat(kept.get("subject")).isNull();
        assertThat(kept.get("body")).isNull();
        assertThat(kept).containsEntry("scenario", "DELAY_NOTICE").containsEntry("channel", "EMAIL")
                .containsEntry("status", "SENT");
        assertThat(kept.get("sent_at")).isNotNull();
        assertThat(kept.get("created_at")).isNotNull();
        assertThat(notices.sentForOrder(seller.id(), order)).singleElement()
                .satisfies(r -> assertThat(r.body()).isNull());

        NoticeView skipped = notices.get(owner, new NoticeId(waiting.id()));
        assertThat(skipped.status()).isEqualTo(NoticeStatus.SKIPPED);
        assertThat(skipped.lastError()).contains("erased");
        clock.advance(Duration.ofHours(1));
        outbox.dispatch();
        assertThat(EmailReplyTests.receivedBy(buyer)).as("the waiting notice is never sent (the restart emptied the server)")
                .isEmpty();
        assertThat(jdbc.sql("""
                select count(*) from notice_promise p join notice n on n.id = p.notice_id
                 where n.order_id = :order and p.status = 'OPEN'
                """).param("order", order.value()).query(Integer.class).single()).isZero();
    }

    private static Composition composition(OrderId order, String key) {
        return new Composition(order.value(), null, Scenario.DELAY_NOTICE, DelayReason.CUSTOMS_INSPECTION,
                null, null, null, null, key);
    }
}
