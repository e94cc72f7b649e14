package org.aftercare.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.aftercare.orders.OrderBulkWriter;
import org.aftercare.simulator.world.Storefronts;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The simulator writes through the bulk writers into the embedded PostgreSQL, once per tenant. */
@SpringBootTest
class SimulatorBulkWriteTests {

    static final Scenario SMALL = new Scenario(7, 600, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20),
            Instant.parse("2026-11-23T12:00:00Z"));

    @Autowired
    Simulator simulator;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrderBulkWriter orderWriter;

    @Test
    void writesOrdersShipmentsAndEventsAndNothingTheSecondTime() {
        TenantId tenant = aSellerInAllMarkets("Bulk write test seller");

        Generated first = simulator.populate(tenant, SMALL);

        assertThat(first.orders()).isEqualTo(600);
        assertThat(first.shipments()).isBetween(550L, 600L);
        assertThat(first.events()).isGreaterThan(first.shipments() * 5);
        Map<String, Long> counts = counts(tenant);
        assertThat(counts).containsEntry("orders", 600L)
                .containsEntry("buyer", 600L)
                .containsEntry("shipment", first.shipments())
                .containsEntry("tracking_event", first.events());
        assertThat(counts.get("order_line")).isGreaterThanOrEqualTo(600L);

        assertThat(simulator.populate(tenant, SMALL)).isEqualTo(Generated.NOTHING);
        assertThat(counts(tenant)).isEqualTo(counts);
    }

    @Test
    void storesEachShipmentsStatusAsDerivedFromItsEventsAndEveryEventWithItsShipment() {
        TenantId tenant = aSellerInAllMarkets("Status test seller");
        simulator.populate(tenant, SMALL);

        long mismatched = jdbc.sql("""
                select count(*)
                  from shipment s
                  join lateral (select e.status, e.occurred_at
                                  from tracking_event e
                                 where e.shipment_id = s.id
                                 order by e.occurred_at desc
                                 limit 1) last on true
                 where s.tenant_id = :tenant
                   and (s.status <> last.status or s.last_event_at <> last.occurred_at)
                """).param("tenant", tenant.value()).query(Long.class).single();
        long delivered = jdbc.sql("""
                select count(*) from shipment
                 where tenant_id = :tenant and status = 'Delivered' and delivered_at is not null
                """).param("tenant", tenant.value()).query(Long.class).single();

        long orphans = jdbc.sql("""
                select count(*)
                  from tracking_event e
                  left join shipment s on s.id = e.shipment_id and s.tenant_id = e.tenant_id
                 where e.tenant_id = :tenant and s.id is null
                """).param("tenant", tenant.value()).query(Long.class).single();

        assertThat(mismatched).isZero();
        assertThat(delivered).isGreaterThan(400);
        assertThat(orphans).as("events without their shipment").isZero();
    }

    @Test
    void writesInParallelStreamsTheSameDataAsInOne() {
        TenantId one = aSellerInAllMarkets("One stream seller");
        TenantId two = aSellerInAllMarkets("Two streams seller");

        Generated sequential = simulator.populateInBulk(one, SMALL, 100, 1);
        Generated parallel = simulator.populateInBulk(two, SMALL, 100, 2);

        assertThat(parallel.events()).isEqualTo(sequential.events());
        assertThat(counts(two)).isEqualTo(counts(one));
    }

    @Test
    void refusesOrdersForAShopOfAnotherTenant() {
        TenantId owner = aSellerInAllMarkets("Shop owner seller");
        TenantId other = tenants.createTenant("Other seller", "SELLER", null);
        var order = new org.aftercare.simulator.dataset.Dataset(owner, shops.of(owner), SMALL).order(0).order();

        assertThatThrownBy(() -> orderWriter.write(other, List.of(order)))
                .hasMessageContaining("shops");
        assertThat(count("orders", other)).isZero();
    }

    private TenantId aSellerInAllMarkets(String name) {
        TenantId tenant = tenants.createTenant(name, "SELLER", null);
        Storefronts.inAllMarkets(name).forEach(shop -> shops.create(tenant, shop));
        return tenant;
    }

    private Map<String, Long> counts(TenantId tenant) {
        return Map.of(
                "buyer", count("buyer", tenant),
                "orders", count("orders", tenant),
                "order_line", count("order_line", tenant),
                "shipment", count("shipment", tenant),
                "tracking_event", count("tracking_event", tenant));
    }

    private long count(String table, TenantId tenant) {
        // Table names come from the fixed list above, never from input.
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :tenant")
                .param("tenant", tenant.value()).query(Long.class).single();
    }
}
