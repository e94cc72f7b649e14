package org.aftercare.logistics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.importing.TrackingCsvImport;
import org.aftercare.logistics.importing.TrackingImportReport;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tracking-event CSV import on a large file: read as a stream, checked line by line, stored in
 * batches of 2,000 with the shipments' state derived; then the same file again (all duplicates).
 * Alert assessment runs after commit and is not part of these figures (see bench/ingestion.sh).
 * Run with {@code bench/tracking-input.sh}.
 */
@Tag("bench")
@SpringBootTest(properties = {"aftercare.database.embedded.ephemeral=false",
        "aftercare.database.embedded.data-dir=target/bench-pg", "logging.level.root=WARN"})
class TrackingInputBenchmark {

    static final int PARCELS = Integer.getInteger("bench.parcels", 25_000);
    static final int EVENTS_PER_PARCEL = 8;

    @Autowired TrackingCsvImport csvImport;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    @Test
    void importALargeCsvFileTwice() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing").update();
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        Actor actor = new Actor("bench", seller.owner(), seller.id(), Role.OWNER, Set.of());
        Instant now = Instant.now();
        String prefix = "CV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, tracking_number, carrier_code, origin_country,
                                      destination_country, shipped_at)
                select gen_random_uuid(), :tenant, :shop, :prefix || lpad(n::text, 8, '0'), 'YUNEXPRESS', 'CN', 'DE', :shipped
                  from generate_series(1, :parcels) n
                """)
                .param("tenant", seller.id().value()).param("shop", seller.shop().id().value()).param("prefix", prefix)
                .param("shipped", Timestamp.from(now.minus(Duration.ofDays(12)))).param("parcels", PARCELS).update();
        byte[] file = file(prefix, now);

        long started = System.nanoTime();
        TrackingImportReport first = csvImport.importCsv(actor, new ByteArrayInputStream(file));
        long imported = System.nanoTime();
        TrackingImportReport again = csvImport.importCsv(actor, new ByteArrayInputStream(file));
        long reimported = System.nanoTime();

        System.out.printf(Locale.ROOT, """

                === Tracking CSV import benchmark (%d parcels, %,d lines, %.1f MB) ===
                first import:   %.1f s  %,.0f lines/s  (stored %,d, unmapped %,d, rejected %,d)
                same file again: %.1f s  %,.0f lines/s  (stored %,d, duplicates %,d)
                reproduce: bench/tracking-input.sh %d
                """, PARCELS, first.rows(), file.length / 1e6,
                seconds(started, imported), first.rows() / seconds(started, imported), first.stored(), first.unmapped(),
                first.rejected(), seconds(imported, reimported), again.rows() / seconds(imported, reimported),
                again.stored(), again.duplicates(), PARCELS);
    }

    /** Eight scans per parcel, local times with a zone or a country, mostly raw statuses the defaults map. */
    private static byte[] file(String prefix, Instant now) {
        String[][] journey = {
                {"Asia/Shanghai", "", "Shenzhen", "Shipment information received", ""},
                {"Asia/Shanghai", "", "Shenzhen", "Shipment picked up", ""},
                {"", "CN", "Shenzhen", "Arrived at sorting center", ""},
                {"", "CN", "Shenzhen", "Export customs clearance completed", ""},
                {"", "CN", "SZX", "Departed from origin country", ""},
                {"Europe/Berlin", "", "Leipzig hub", "Arrived at destination country", ""},
                {"", "DE", "Leipzig hub", "Customs clearance", ""},
                {"", "DE", "Leipzig hub", "", "InTransit"}};
        StringBuilder csv = new StringBuilder("tracking_number,carrier,occurred_at,zone,country,location,raw_status,status\n");
        java.time.LocalDateTime t0 = java.time.LocalDateTime.ofInstant(now.minus(Duration.ofDays(11)), java.time.ZoneOffset.UTC);
        for (int i = 1; i <= PARCELS; i++) {
            String number = prefix + String.format("%08d", i);
            for (int e = 0; e < EVENTS_PER_PARCEL; e++) {
                String[] scan = journey[e];
                csv.append(number).append(",YUNEXPRESS,").append(t0.plusHours(e * 20L).plusMinutes(i % 60)).append(',')
                        .append(scan[0]).append(',').append(scan[1]).append(',').append(scan[2]).append(',')
                        .append(scan[3]).append(',').append(scan[4]).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
