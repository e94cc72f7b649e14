package org.aftercare.monitoring.rules;

import java.time.Instant;

import org.aftercare.logistics.Milestone;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;

/** Import (or export) customs not cleared 5 days after it started. */
class CustomsDwellRule implements ShipmentRule {

    @Override
    public AlertRule id() {
        return AlertRule.CUSTOMS_DWELL;
    }

    @Override
    public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
        if (shipment.finished()) {
            return Verdict.notApplicable(id());
        }
        Thresholds t = context.thresholds();
        Instant importStarted = shipment.reached(Milestone.IMPORT_CUSTOMS_STARTED);
        if (importStarted != null && !shipment.has(Milestone.IMPORT_CUSTOMS_CLEARED) && !pastCustoms(shipment)) {
            return Verdict.dueAt(id(), context.destination().plus(importStarted, t.customsDwell(), t.customsBusinessDays()),
                    () -> ReasonText.of("alert.reason.importCustoms", shipment.destination(), Durations.at(importStarted),
                            Durations.text(t.customsDwell(), t.customsBusinessDays())));
        }
        Instant exportStarted = shipment.reached(Milestone.EXPORT_CUSTOMS);
        if (exportStarted != null && shipment.latestMilestone() == Milestone.EXPORT_CUSTOMS) {
            return Verdict.dueAt(id(), context.origin().plus(exportStarted, t.customsDwell(), t.customsBusinessDays()),
                    () -> ReasonText.of("alert.reason.exportCustoms", shipment.origin(), Durations.at(exportStarted),
                            Durations.text(t.customsDwell(), t.customsBusinessDays())));
        }
        return Verdict.notApplicable(id());
    }

    /** A last-mile scan proves customs released the parcel even if the carrier never said so. */
    private static boolean pastCustoms(WatchedShipment shipment) {
        return shipment.latestMilestone().compareTo(Milestone.IMPORT_CUSTOMS_CLEARED) > 0;
    }
}
