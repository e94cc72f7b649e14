package org.aftercare.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.aftercare.TestTenant;
import org.aftercare.monitoring.incidents.IncidentDetection;
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
 * Incident detection over a large fleet: 100,000 parcels in flight on 4 carriers × 5 destinations,
 * one in ten of them stalled (an open STALLED alert) at 41 hubs, which makes 41 incidents once
 * grouped by carrier, destination and hub. Times the first run (raises the incidents) and a steady-state run.
 * Run with {@code bench/incidents.sh}.
 */
@Tag("bench")
@SpringBootTest(properties = {"aftercare.database.embedded.ephemeral=false",
        "aftercare.database.embedded.data-dir=target/bench-pg", "logging.level.root=WARN"})
class IncidentDetectionBenchmark {

    static final int PARCELS = Integer.getInteger("bench.parcels", 100_000);

    @Autowired IncidentDetection detection;
    @Autowired Incidents incidents;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    @Test
    void detectOverALargeFleet() {
        jdbc.sql("""
                insert into carrier (code, name, kind)
                values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER'), ('4PX', '4PX', 'CROSS_BORDER'),
                       ('YANWEN', 'Yanwen', 'CROSS_BORDER'), ('CAINIAO', 'Cainiao', 'CROSS_BORDER')
                on conflict do nothing
                """).update();
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        Instant now = Instant.now();
        jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, tracking_number, carrier_code, origin_country,
                                      destination_country, shipped_at, status, last_event_at, last_location,
                                      picked_up_at, arrived_destination_at)
                select gen_random_uuid(), :tenant, :shop, 'IB' || lpad(n::text, 9, '0'),
                       (array['YUNEXPRESS', '4PX', 'YANWEN', 'CAINIAO'])[1 + n % 4],
                       'CN', (array['DE', 'FR', 'IT', 'ES', 'GB'])[1 + (n / 4) % 5], :shipped, 'InTransit', :lastEvent,
                       -- one parcel in ten stalled, at 41 hubs
                       case when n % 10 = 0 then 'Hub ' || (case when n % 1000 = 0 then 1 else n % 400 end)
                            else 'Moving ' || n % 997 end,
                       :shipped, :lastEvent
                  from generate_series(1, :parcels) n
                """)
                .param("tenant", seller.id().value()).param("shop", seller.shop().id().value())
                .param("shipped", Timestamp.from(now.minus(Duration.ofDays(15))))
                .param("lastEvent", Timestamp.from(now.minus(Duration.ofDays(9)))).param("parcels", PARCELS).update();
        int stalled = jdbc.sql("""
                insert into alert (id, tenant_id, shop_id, shipment_id, tracking_number, carrier_code, origin_country,
                                   destination_country, rule, severity, status, reason, leg, last_location, due_at, raised_at)
                select gen_random_uuid(), tenant_id, shop_id, id, tracking_number, carrier_code, origin_country,
                       destination_country, 'STALLED', 'HIGH', 'OPEN', 'bench', 'LINE_HAUL', last_location, :due, :due
                  from shipment
                 where tenant_id = :tenant and last_location like 'Hub %'
                """)
                .param("tenant", seller.id().value()).param("due", Timestamp.from(now.minus(Duration.ofDays(2)))).update();

        long started = System.nanoTime();
        IncidentDetection.Run first = detection.detect();
        long firstDone = System.nanoTime();
        IncidentDetection.Run steady = detection.detect();
        long steadyDone = System.nanoTime();
        Actor owner = new Actor("bench", seller.owner(), seller.id(), Role.OWNER, Set.of());

        System.out.printf(Locale.ROOT, """

                === Incident detection benchmark (%,d parcels in flight, %,d stalled) ===
                first run:        %.2f s  (%d incidents raised)
                steady-state run: %.2f s  (%d open, %d raised, %d resolved)
                incidents listed: %d
                reproduce: bench/incidents.sh %d
                """, PARCELS, stalled, seconds(started, firstDone), first.raised(), seconds(firstDone, steadyDone),
                steady.open(), steady.raised(), steady.resolved(), incidents.list(owner, IncidentStatus.OPEN).size(),
                PARCELS);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
