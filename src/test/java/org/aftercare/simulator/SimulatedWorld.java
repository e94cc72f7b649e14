package org.aftercare.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.simulator.world.Markets;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/** A fixed tenant with one shop per market, for tests that generate data without a database. */
final class SimulatedWorld {

    static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000a11c"));

    static final List<Shop> SHOPS = Markets.ALL.stream()
            .map(m -> new Shop(new ShopId(UUID.nameUUIDFromBytes(m.country().getBytes())), TENANT,
                    "Test " + m.country(), null, m.country(), java.util.Currency.getInstance(m.currency()), m.zone(),
                    m.languages(), "Mon-Fri 09:00-18:00"))
            .toList();

    /** A year of orders up to 2026-11-20, seen on 2026-11-23. */
    static Scenario aYear(long seed, int orders) {
        return new Scenario(seed, orders, LocalDate.of(2025, 11, 21), LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-23T12:00:00Z"));
    }

    private SimulatedWorld() {
    }
}
