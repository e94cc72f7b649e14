package org.aftercare.insights.carriers;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentsUpdated;
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

    /**
     * Alerts raised since the last refresh (by updates or by the sweep) mark their shipments'
     * periods stale here, in one statement, rather than one event per alert.
     */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${aftercare.insights.scorecard-refresh-every:5m}")
    void refresh() {
        rollup.markStaleByRecentAlerts();
        rollup.refreshAllStale();
    }
}
