package org.aftercare.integrations.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.outreach.outbox.NoticeOutbox;
import org.aftercare.shared.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Outbox dispatch to a local SMTP server (GreenMail): N notices queued with one insert … select
 * (as a campaign would), then sent by NoticeOutbox.dispatch; prints e-mails per second. The issue
 * asks ≥ 500/s. Run with bench/outbox.sh.
 */
@Tag("bench")
@TestPropertySource(properties = {
        // GreenMail logs every new recipient it creates at INFO: the test server's cost, not ours
        "logging.level.com.icegreen.greenmail=WARN",
        "logging.level.org.aftercare.outreach.outbox=${bench.outbox.log:INFO}"})
class OutboxBenchmark extends WithMailServer {

    @Autowired Orders orders;
    @Autowired NoticeOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired OutreachProperties properties;

    @Test
    void dispatch() {
        int count = Integer.getInteger("bench.notices", 5000);
        OrderId order = orders.create(owner, new NewOrder(seller.shop().id(), "BENCH-" + UUID.randomUUID(), clock.instant(),
                new NewOrder.NewBuyer("bench@example.de", "Bench", "bench@example.de", null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("SKU", "Item", Money.of("1.00", "EUR"), 1, false)), "API")).order();
        String body = "Hallo,\n\nIhr Paket ist unterwegs. ".repeat(20);
        long queuing = System.nanoTime();
        jdbc.sql("""
                insert into notice (id, tenant_id, shop_id, order_id, send_key, scenario, channel, recipient, language,
                                    subject, body, status, next_attempt_at, created_at, created_by)
                select gen_random_uuid(), :tenant, :shop, :order, 'bench:' || i, 'DELAY_NOTICE', 'EMAIL',
                       'buyer' || i || '@bench.example', 'de', 'Ihre Bestellung verzögert sich', :body, 'QUEUED', :now, :now, 'bench'
                  from generate_series(1, :count) i
                """)
                .param("tenant", seller.id().value()).param("shop", seller.shop().id().value()).param("order", order.value())
                .param("body", body).param("count", count)
                // whole microseconds, as the outbox's clock reads them: PostgreSQL would round a
                // nanosecond instant up half the time, and the notices would not be due yet
                .param("now", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS))).update();
        double queued = (System.nanoTime() - queuing) / 1e9;

        long start = System.nanoTime();
        int tried = outbox.dispatch();
        double seconds = (System.nanoTime() - start) / 1e9;
        int expected = count;
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).failFast(() -> tried == 0)
                .until(() -> MAIL.getReceivedMessages().length >= expected);
        int sent = jdbc.sql("select count(*) from notice where tenant_id = :tenant and status = 'SENT'")
                .param("tenant", seller.id().value()).query(Integer.class).single();
        System.out.printf("%n=== Outbox dispatch benchmark ===%n");
        System.out.printf("notices queued:   %,d in %.2f s (one insert … select)%n", count, queued);
        System.out.printf("dispatched:       %,d tried, %,d SENT, %,d received by GreenMail%n", tried, sent,
                MAIL.getReceivedMessages().length);
        System.out.printf("dispatch time:    %.2f s%n", seconds);
        System.out.printf("throughput:       %,.0f e-mails/s%n", sent / seconds);
        System.out.printf("connections:      %d notices each, %d at once (aftercare.outreach.outbox-per-connection, -parallel)%n",
                properties.outboxPerConnection(), properties.outboxParallel());
        System.out.printf("load average:     %s%n", loadAverage());
        System.out.printf("reproduce: bench/outbox.sh %d%n", count);
        clock.advance(Duration.ZERO);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        }
        catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
