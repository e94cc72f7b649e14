package org.aftercare.monitoring.rules;

import java.time.Instant;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
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
        if (importStarted != null && !shipment.has(Milestone.IMPORT_CUSTOMS_CLEARED) && !pastCustoms(shipment)
                && stillInCustoms(shipment, importStarted)) {
            return Verdict.dueAt(id(), context.destination().plus(importStarted, t.customsDwell(), t.customsBusinessDays()),
                    () -> ReasonText.of("alert.reason.importCustoms", shipment.destination(), Durations.at(importStarted),
                            Durations.text(t.customsDwell(), t.customsBusinessDays())));
        }
        Instant exportStarted = shipment.reached(Milestone.EXPORT_CUSTOMS);
        if (exportStarted != null && shipment.latestMilestone() == Milestone.EXPORT_CUSTOMS && stillInCustoms(shipment, exportStarted)) {
            return Verdict.dueAt(id(), context.origin().plus(exportStarted, t.customsDwell(), t.customsBusinessDays()),
                    () -> ReasonText.of("alert.reason.exportCustoms", shipment.origin(), Durations.at(exportStarted),
                            Durations.text(t.customsDwell(), t.customsBusinessDays())));
        }
        return Verdict.notApplicable(id());
    }

    /**
     * Carriers often never post "released": a later scan that is not itself about customs (a sort
     * centre, a depot) shows the parcel left customs. Scans about customs keep the clock running.
     */
    private static boolean stillInCustoms(WatchedShipment shipment, Instant started) {
        SubStatus latest = shipment.subStatus();
        return shipment.lastEventAt() == null || !shipment.lastEventAt().isAfter(started)
                || latest == SubStatus.CustomsProcessing || latest == SubStatus.CustomsHeld
                || latest == SubStatus.CustomsInformationRequired;
    }

    /** A last-mile scan proves customs released the parcel even if the carrier never said so. */
    private static boolean pastCustoms(WatchedShipment shipment) {
        return shipment.latestMilestone().compareTo(Milestone.IMPORT_CUSTOMS_CLEARED) > 0;
    }
}
