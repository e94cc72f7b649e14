package org.aftercare.monitoring.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.monitoring.AlertRule;

/**
 * All shipment rules in one list. {@link #assess} runs each and returns what fires now and the
 * next instant at which something would fire if the shipment does not move — the due time the
 * sweep waits for.
 */
public final class AlertRules {

    private static final List<ShipmentRule> ALL = List.of(
            new NoPickupRule(),
            new CustomsDwellRule(),
            new StalledRule(),
            new CarrierReportedRules.DeliveryFailure(),
            new CarrierReportedRules.Returning(),
            new CarrierReportedRules.Exception(),
            new PromisedDateRules.LateRisk(),
            new PromisedDateRules.Overdue());

    private AlertRules() {
    }

    /** What the rules say about one shipment at one instant. */
    public record Assessment(List<Verdict> firing, Instant nextDueAt) {

        public boolean fires(AlertRule rule) {
            return firing.stream().anyMatch(v -> v.rule() == rule);
        }
    }

    public static Assessment assess(WatchedShipment shipment, RuleContext context) {
        List<Verdict> firing = new ArrayList<>();
        Instant next = null;
        for (ShipmentRule rule : ALL) {
            Verdict verdict = rule.evaluate(shipment, context);
            if (verdict.firesAt(context.now())) {
                firing.add(verdict);
            }
            else if (verdict.applies() && (next == null || verdict.dueAt().isBefore(next))) {
                next = verdict.dueAt();
            }
        }
        return new Assessment(List.copyOf(firing), next);
    }
}
