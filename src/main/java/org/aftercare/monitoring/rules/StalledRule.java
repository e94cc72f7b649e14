package org.aftercare.monitoring.rules;

import java.time.Duration;
import java.time.Instant;

import org.aftercare.monitoring.AlertRule;

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
        Leg leg = Leg.after(shipment.latestMilestone());
        String where = shipment.lastLocation() == null ? "" : " at " + shipment.lastLocation();
        return Verdict.dueAt(id(), context.destination().plus(since, after, t.stalledBusinessDays()),
                () -> "No tracking update since " + Durations.at(since) + where + " (leg " + leg + "; threshold "
                        + Durations.text(after, t.stalledBusinessDays()) + (shipment.hot() ? ", hot product" : "") + ")");
    }
}
