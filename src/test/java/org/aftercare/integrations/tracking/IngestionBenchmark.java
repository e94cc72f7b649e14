package org.aftercare.integrations.tracking;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.aftercare.TestTenant;
import org.aftercare.integrations.WebhookFakes;
import org.aftercare.integrations.WebhookFakes.Scan;
import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Tracking;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end tracking ingestion: 17TRACK webhook bodies → parsed → stored (idempotent, linked,
 * shipment state derived) → alert rules assessed → alerts raised; compared, in the same run, with
 * a raw COPY of the same rows into a bare table. Run with {@code bench/ingestion.sh}.
 */
@Tag("bench")
@SpringBootTest(properties = {"aftercare.database.embedded.ephemeral=false",
        "aftercare.database.embedded.data-dir=target/bench-pg", "logging.level.root=WARN"})
class IngestionBenchmark {

    static final int PARCELS = Integer.getInteger("bench.parcels", 25_000);
    static final int PARCELS_PER_BATCH = 250;
    static final int WORKERS = Integer.getInteger("bench.workers", 2);

    @Autowired Tracking tracking;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired DataSource dataSource;

    @Test
    void ingestWebhookBatches() throws Exception {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing").update();
        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        Instant now = Instant.now();
        String prefix = "BN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, tracking_number, carrier_code, origin_country,
                                      destination_country, shipped_at, promised_by)
                select gen_random_uuid(), :tenant, :shop, :prefix || lpad(n::text, 8, '0'), 'YUNEXPRESS', 'CN', 'US',
                       :shipped, current_date + 5
                  from generate_series(1, :parcels) n
                """)
                .param("tenant", seller.id().value()).param("shop", seller.shop().id().value()).param("prefix", prefix)
                .param("shipped", java.sql.Timestamp.from(now.minus(Duration.ofDays(12)))).param("parcels", PARCELS)
                .update();

        List<String> bodies = new ArrayList<>(PARCELS);
        for (int i = 1; i <= PARCELS; i++) {
            bodies.add(body(prefix + String.format("%08d", i), now, i));
        }
        long events = 0;

        AtomicLong parsing = new AtomicLong();
        AtomicLong storedEvents = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        // Webhook deliveries arrive concurrently; each worker takes the next batch of bodies.
        try (ExecutorService workers = Executors.newFixedThreadPool(WORKERS)) {
            for (int w = 0; w < WORKERS; w++) {
                workers.submit(() -> {
                    for (int from = next.getAndAdd(PARCELS_PER_BATCH); from < PARCELS; from = next.getAndAdd(PARCELS_PER_BATCH)) {
                        long parseStart = System.nanoTime();
                        List<IncomingEvent> batch = new ArrayList<>();
                        for (String body : bodies.subList(from, Math.min(PARCELS, from + PARCELS_PER_BATCH))) {
                            batch.addAll(SeventeenTrackPayload.parse(json.readTree(body)).events());
                        }
                        parsing.addAndGet(System.nanoTime() - parseStart);
                        storedEvents.addAndGet(tracking.ingest(seller.id(), batch).stored());
                    }
                    return null;
                });
            }
        }
        events = storedEvents.get();
        long stored = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Integer.class).single() == 0);
        long assessed = System.nanoTime();

        int alerts = jdbc.sql("select count(*) from alert where tenant_id = :t").param("t", seller.id().value())
                .query(Integer.class).single();
        double endToEnd = events / seconds(started, assessed);

        double copySeconds = rawCopy(seller, prefix, now);
        double copyRate = events / copySeconds;

        System.out.printf(Locale.ROOT, """

                === Tracking ingestion benchmark (%d parcels, %d events, batches of %d parcels, %d workers) ===
                parsing webhook bodies (CPU):  %.1f s
                stored + state derived:        %.1f s
                + rules assessed, alerts:      %.1f s  (%d alerts raised)
                end-to-end:                    %,.0f events/s
                raw COPY into a bare table:    %,.0f events/s (%.2f s)
                ratio end-to-end / raw COPY:   %.2f  (goal >= 0.25)
                reproduce: bench/ingestion.sh
                """, PARCELS, events, PARCELS_PER_BATCH, WORKERS, parsing.get() / 1e9, seconds(started, stored), seconds(started, assessed), alerts,
                endToEnd, copyRate, copySeconds, endToEnd / copyRate);
    }

    /** COPY of the same number of rows, with the same columns, into a logged table with no key and no index. */
    private double rawCopy(TestTenant seller, String prefix, Instant now) throws Exception {
        jdbc.sql("""
                create table raw_tracking_event (tenant_id uuid, shipment_id uuid, tracking_number text, provider text,
                    provider_event_id text, occurred_at timestamptz, occurred_zone text, location text, raw_status text,
                    description text, status text, sub_status text, milestone text, received_at timestamptz)
                """).update();
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= PARCELS; i++) {
            String number = prefix + String.format("%08d", i);
            for (int e = 0; e < 8; e++) {
                rows.append(seller.id()).append('\t').append(UUID.randomUUID()).append('\t').append(number)
                        .append("\t17track\t17t:").append(i).append('-').append(e).append('\t')
                        .append(now.minus(Duration.ofHours(200 - e * 20L))).append("\t+08:00\tShenzhen\tInTransit_Other\t")
                        .append("Processed through facility\tInTransit\t\\N\tPICKED_UP\t").append(now).append('\n');
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            long started = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy raw_tracking_event from stdin",
                    new StringReader(rows.toString()));
            double seconds = seconds(started, System.nanoTime());
            jdbc.sql("drop table raw_tracking_event").update();
            return seconds;
        }
    }

    /** A CN → US journey of 8 scans; one parcel in 50 stalls in customs (an alert), the rest move on. */
    private static String body(String number, Instant now, int i) throws IOException {
        Instant t0 = now.minus(Duration.ofDays(12));
        boolean stuck = i % 50 == 0;
        List<Scan> scans = new ArrayList<>(List.of(
                new Scan(t0, "Asia/Shanghai", "Shenzhen", "Shipment information received", "InfoReceived", null, "CN"),
                new Scan(t0.plus(Duration.ofHours(18)), "Asia/Shanghai", "Shenzhen", "Picked up", "PickedUp", "InTransit_PickedUp", "CN"),
                new Scan(t0.plus(Duration.ofHours(40)), "Asia/Shanghai", "Shenzhen", "Export clearance", null, "InTransit_CustomsProcessing", "CN"),
                new Scan(t0.plus(Duration.ofHours(60)), "Asia/Shanghai", "Shenzhen", "Departed", "Departure", "InTransit_Departure", "CN"),
                new Scan(t0.plus(Duration.ofHours(100)), "America/New_York", "JFK", "Arrived", "Arrival", "InTransit_Arrival", "US"),
                new Scan(t0.plus(Duration.ofHours(104)), "America/New_York", "JFK", "Import clearance", null, "InTransit_CustomsProcessing", "US")));
        if (!stuck) {
            scans.add(new Scan(t0.plus(Duration.ofHours(130)), "America/New_York", "JFK", "Released", null, "InTransit_CustomsReleased", "US"));
            scans.add(new Scan(now.minus(Duration.ofHours(20)), "America/New_York", "Newark", "Processed", null, null, "US"));
        }
        else {
            scans.add(new Scan(t0.plus(Duration.ofHours(105)), "America/New_York", "JFK", "Held", null, "InTransit_CustomsProcessing", "US"));
            scans.add(new Scan(t0.plus(Duration.ofHours(106)), "America/New_York", "JFK", "Inspection", null, "InTransit_CustomsProcessing", "US"));
        }
        return WebhookFakes.seventeenTrack(number, "CN", "US", "InTransit", null, scans, List.of());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
