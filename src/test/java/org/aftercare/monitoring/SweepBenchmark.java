package org.aftercare.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aftercare.TestTenant;
import org.aftercare.monitoring.watch.Sweep;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The due-time sweep with 1,000,000 and then 2,000,000 active shipments, of which 1,000 are due
 * (stalled parcels whose STALLED rule fires). Target: ≤ 100 ms per sweep of 1,000 due, and not
 * twice as long at twice the fleet. Run with {@code bench/sweep.sh}.
 */
@Tag("bench")
@SpringBootTest(properties = {"aftercare.database.embedded.ephemeral=false",
        "aftercare.database.embedded.data-dir=target/bench-pg-sweep", "logging.level.root=WARN"})
class SweepBenchmark {

    static final int FLEET = Integer.getInteger("bench.fleet", 1_000_000);
    static final int DUE = 1_000;
    static final int ROUNDS = 7;

    @Autowired Sweep sweep;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    @Test
    void sweepOnlyWhatIsDue() {
        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        addFleet(seller, 0, FLEET);
        measure(seller, 0); // warm-up: JIT and caches, not reported
        double first = measure(seller, ROUNDS);
        addFleet(seller, FLEET, FLEET);
        double second = measure(seller, 2 * ROUNDS);

        System.out.printf(Locale.ROOT, """

                === Alert sweep benchmark (%d due per sweep, median of %d sweeps after %d warm-up sweeps) ===
                %,d active shipments:  %.1f ms per sweep
                %,d active shipments:  %.1f ms per sweep  (ratio %.2f; must stay below 2)
                reproduce: bench/sweep.sh
                """, DUE, ROUNDS, ROUNDS, FLEET, first, 2 * FLEET, second, second / first);
    }

    /** Active parcels in transit whose next due time lies 1–30 days ahead. */
    private void addFleet(TestTenant seller, int from, int count) {
        jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, tracking_number, carrier_code, origin_country,
                                      destination_country, shipped_at, promised_by, status, last_event_at, last_location,
                                      picked_up_at, departed_origin_at)
                select gen_random_uuid(), :tenant, :shop, 'SW' || lpad(n::text, 9, '0'), 'YUNEXPRESS', 'CN', 'US',
                       now() - interval '10 days', current_date + 20, 'InTransit', now() - interval '8 days', 'Shenzhen',
                       now() - interval '9 days', now() - interval '8 days'
                  from generate_series(:from + 1, :from + :count) n
                """)
                .param("tenant", seller.id().value()).param("shop", seller.shop().id().value())
                .param("from", from).param("count", count)
                .update();
        jdbc.sql("""
                insert into shipment_watch (shipment_id, tenant_id, due_at, assessed_at)
                select id, tenant_id, now() + (1 + random() * 29) * interval '1 day', now()
                  from shipment where tenant_id = :tenant
                on conflict (shipment_id) do nothing
                """).param("tenant", seller.id().value()).update();
        jdbc.sql("vacuum analyze shipment").update();
        jdbc.sql("vacuum analyze shipment_watch").update();
    }

    /** Makes 1,000 parcels due, sweeps, and returns the median wall time of the sweeps in ms. */
    private double measure(TestTenant seller, int offset) {
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            jdbc.sql("""
                    update shipment_watch set due_at = :due
                     where shipment_id in (select id from shipment where tenant_id = :tenant
                                            order by tracking_number offset :offset limit :limit)
                    """)
                    .param("due", Timestamp.from(Instant.now().minusSeconds(1))).param("tenant", seller.id().value())
                    .param("offset", (offset + round) * DUE).param("limit", DUE)
                    .update();
            long started = System.nanoTime();
            int swept = sweep.sweep();
            times.add((System.nanoTime() - started) / 1e6);
            if (swept != DUE) {
                throw new IllegalStateException("swept " + swept + ", expected " + DUE);
            }
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }
}
