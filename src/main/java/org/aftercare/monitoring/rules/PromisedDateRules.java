package org.aftercare.monitoring.rules;

import java.time.Instant;

import org.aftercare.logistics.TransitEstimate;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;

/** The rules about the promised delivery date: predicted to miss it, and missed. */
final class PromisedDateRules {

    private PromisedDateRules() {
    }

    static class Overdue implements ShipmentRule {

        @Override
        public AlertRule id() {
            return AlertRule.OVERDUE;
        }

        @Override
        public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
            if (shipment.promisedBy() == null || shipment.finished()) {
                return Verdict.notApplicable(id());
            }
            return Verdict.dueAt(id(), shipment.promisedDeadline(),
                    () -> ReasonText.of("alert.reason.overdue", shipment.promisedBy().toString()));
        }
    }

    /**
     * LATE_RISK fires when the chance of arriving after the promised day reaches the threshold.
     * The chance grows while a parcel waits at one milestone, so the rule also says when it will
     * cross the threshold if nothing happens.
     */
    static class LateRisk implements ShipmentRule {

        private static final int SEARCH_STEPS = 32;

        @Override
        public AlertRule id() {
            return AlertRule.LATE_RISK;
        }

        @Override
        public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
            TransitEstimate eta = shipment.eta();
            Instant deadline = shipment.promisedDeadline();
            if (eta == null || deadline == null || shipment.finished() || !context.now().isBefore(deadline)) {
                return Verdict.notApplicable(id());
            }
            double threshold = context.thresholds().lateRiskProbability();
            Instant crossing = crossing(eta, deadline, threshold);
            if (crossing == null) {
                return Verdict.notApplicable(id());
            }
            double probability = eta.probabilityLaterThan(deadline, crossing.isAfter(context.now()) ? crossing : context.now());
            return new Verdict(id(), crossing, () -> reason(eta, deadline, probability), probability);
        }

        /**
         * The first instant, from the milestone the estimate starts at, at which the risk reaches the
         * threshold (bisection; the risk only grows while the parcel waits). It does not move while
         * nothing happens, so it identifies this occurrence of the risk.
         */
        private static Instant crossing(TransitEstimate eta, Instant deadline, double threshold) {
            if (eta.probabilityLaterThan(deadline, eta.from()) >= threshold) {
                return eta.from();
            }
            if (eta.probabilityLaterThan(deadline, deadline.minusSeconds(1)) < threshold) {
                return null;
            }
            long low = eta.from().getEpochSecond();
            long high = deadline.getEpochSecond();
            for (int i = 0; i < SEARCH_STEPS && high - low > 60; i++) {
                long mid = (low + high) / 2;
                if (eta.probabilityLaterThan(deadline, Instant.ofEpochSecond(mid)) >= threshold) {
                    high = mid;
                }
                else {
                    low = mid;
                }
            }
            return Instant.ofEpochSecond(high);
        }

        private static ReasonText reason(TransitEstimate eta, Instant deadline, double probability) {
            return ReasonText.of("alert.reason.lateRisk", String.valueOf(Math.round(probability * 100)),
                    Durations.at(deadline), Durations.at(eta.earliest()), Durations.at(eta.latest()));
        }
    }
}
