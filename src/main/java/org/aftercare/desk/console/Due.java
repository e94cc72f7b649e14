package org.aftercare.desk.console;

import java.time.Duration;
import java.time.Instant;

/**
 * An SLA due time as the desk shows it: when (the template formats it in the viewer's zone) and
 * how far away, "in 2 h 10 min" or "overdue by 35 min", as a message key and its numbers.
 */
record Due(Instant at, boolean overdue, boolean soon, long days, long hours, long minutes) {

    /** Less than this left and the due time is shown as close. */
    static final Duration SOON = Duration.ofHours(1);

    static Due of(Instant at, Instant now) {
        if (at == null) {
            return null;
        }
        Duration left = Duration.between(now, at);
        Duration abs = left.abs();
        return new Due(at, left.isNegative(), !left.isNegative() && left.compareTo(SOON) < 0, abs.toDays(),
                abs.toHoursPart(), abs.toMinutesPart());
    }

    /** desk.due.in.days, desk.due.overdue.hours, … with {0} days, {1} hours, {2} minutes. */
    public String key() {
        String unit = days > 0 ? "days" : hours > 0 ? "hours" : "minutes";
        return "desk.due." + (overdue ? "overdue" : "in") + "." + unit;
    }
}
