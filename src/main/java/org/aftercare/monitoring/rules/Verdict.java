package org.aftercare.monitoring.rules;

import java.time.Instant;
import java.util.function.Supplier;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;

/**
 * What one rule says about one shipment: it does not apply, it fires (with the reason the console
 * shows), or it will fire at {@code dueAt} unless the shipment moves on first.
 */
public record Verdict(AlertRule rule, Instant dueAt, Supplier<ReasonText> because, Double probability) {

    /** The reason the console shows; made only when asked, as most verdicts never fire. */
    public ReasonText reason() {
        return because == null ? null : because.get();
    }

    public static Verdict notApplicable(AlertRule rule) {
        return new Verdict(rule, null, null, null);
    }

    public static Verdict firesNow(AlertRule rule, Instant since, Supplier<ReasonText> reason) {
        return new Verdict(rule, since, reason, null);
    }

    public static Verdict dueAt(AlertRule rule, Instant dueAt, Supplier<ReasonText> reason) {
        return new Verdict(rule, dueAt, reason, null);
    }

    public boolean applies() {
        return dueAt != null;
    }

    public boolean firesAt(Instant now) {
        return dueAt != null && !dueAt.isAfter(now);
    }
}
