package org.aftercare.insights.carriers;

import java.util.List;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentsUpdated;
import org.aftercare.monitoring.AlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the scorecards current: a tracking update or a new alert marks the shipment's month and
 * week stale; every few minutes each instance recomputes what is stale.
 */
@Component
class ScorecardRefresh {

    private final ScorecardRollup rollup;

    ScorecardRefresh(ScorecardRollup rollup) {
        this.rollup = rollup;
    }

    @ApplicationModuleListener
    void on(ShipmentsUpdated event) {
        rollup.markStale(event.tenant(), event.shipments().stream().map(ShipmentId::value).toList());
    }

    @ApplicationModuleListener
    void on(AlertRaised event) {
        rollup.markStale(event.tenant(), List.of(event.shipment().value()));
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${aftercare.insights.scorecard-refresh-every:5m}")
    void refresh() {
        rollup.refreshAllStale();
    }
}
