package org.aftercare.monitoring.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.MonitoringProperties;
import org.aftercare.tenancy.TenantId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time-based half of monitoring: every few seconds each instance takes the shipments whose due
 * time has come (and only those), assesses them and records their next due time. Its cost
 * follows the number of due shipments, not the number in flight.
 */
@Component
public class Sweep {

    private final WatchStore watch;
    private final Assessor assessor;
    private final TransactionTemplate transactions;
    private final MonitoringProperties properties;
    private final Clock clock;

    Sweep(WatchStore watch, Assessor assessor, TransactionTemplate transactions, MonitoringProperties properties,
          Clock clock) {
        this.watch = watch;
        this.assessor = assessor;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aftercare.monitoring.sweep-every:10s}")
    public void everyFewSeconds() {
        sweep();
    }

    /** Sweeps until nothing is due; returns the number of shipments assessed. */
    public int sweep() {
        int total = 0;
        int taken;
        do {
            Integer batch = transactions.execute(status -> sweepOnce(clock.instant()));
            taken = batch == null ? 0 : batch;
            total += taken;
        }
        while (taken == properties.sweepBatch());
        return total;
    }

    private int sweepOnce(Instant now) {
        List<WatchStore.Due> due = watch.takeDue(now, properties.sweepBatch());
        Map<UUID, List<ShipmentId>> byTenant = due.stream().collect(Collectors.groupingBy(WatchStore.Due::tenant,
                Collectors.mapping(d -> new ShipmentId(d.shipment()), Collectors.toList())));
        byTenant.forEach((tenant, shipments) -> assessor.assessLocked(new TenantId(tenant), shipments, now));
        return due.size();
    }
}
