package org.aftercare.monitoring.rules;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;

/** No first carrier scan 48 h after the label was created: the parcel may still be in the warehouse. */
class NoPickupRule implements ShipmentRule {

    @Override
    public AlertRule id() {
        return AlertRule.NO_PICKUP;
    }

    @Override
    public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
        if (shipment.finished() || shipment.scannedByCarrier()) {
            return Verdict.notApplicable(id());
        }
        Thresholds t = context.thresholds();
        return Verdict.dueAt(id(), context.origin().plus(shipment.shippedAt(), t.noPickupAfter(), t.noPickupBusinessDays()),
                () -> ReasonText.of("alert.reason.noPickup", Durations.at(shipment.shippedAt()),
                        Durations.text(t.noPickupAfter(), t.noPickupBusinessDays())));
    }
}
