package org.aftercare.monitoring.rules;

import java.time.Duration;
import java.time.Instant;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;

/**
 * No new event for 7 days (3 for hot products): names the last location and the leg it stalled
 * on, so the agent knows whom to push.
 */
class StalledRule implements ShipmentRule {

    @Override
    public AlertRule id() {
        return AlertRule.STALLED;
    }

    @Override
    public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
        if (shipment.finished()) {
            return Verdict.notApplicable(id());
        }
        Thresholds t = context.thresholds();
        Duration after = shipment.hot() ? t.stalledAfterHot() : t.stalledAfter();
        Instant since = shipment.lastEventAt() == null ? shipment.shippedAt() : shipment.lastEventAt();
        Leg leg = shipment.leg();
        return Verdict.dueAt(id(), context.destination().plus(since, after, t.stalledBusinessDays()),
                () -> ReasonText.of(shipment.hot() ? "alert.reason.stalledHot" : "alert.reason.stalled", Durations.at(since),
                        Durations.place(shipment.lastLocation()), "#alert.leg." + leg,
                        Durations.text(after, t.stalledBusinessDays())));
    }
}
