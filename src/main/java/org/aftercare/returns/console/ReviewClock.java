package org.aftercare.returns.console;

import java.time.Duration;
import java.time.Instant;

/**
 * The platform's review deadline as the console shows it: when (formatted in the viewer's zone by
 * the template), and how far away, "in 1 d 4 h" or "overdue by 35 min", as a message key and its
 * numbers. {@code warning} is the facade's OVERDUE / DUE_SOON, null when nothing is urgent or the
 * request was answered.
 */
record ReviewClock(Instant dueAt, String warning, boolean answered, long days, long hours, long minutes) {

    static ReviewClock of(Instant dueAt, String warning, boolean answered, Instant now) {
        if (dueAt == null) {
            return null;
        }
        Duration left = Duration.between(now, dueAt).abs();
        return new ReviewClock(dueAt, warning, answered, left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }

    public boolean overdue() {
        return "OVERDUE".equals(warning);
    }

    public boolean dueSoon() {
        return "DUE_SOON".equals(warning);
    }

    /** returns.console.clock.in.days, returns.console.clock.overdue.hours, … with {0} days, {1} hours, {2} minutes. */
    public String key() {
        String unit = days > 0 ? "days" : hours > 0 ? "hours" : "minutes";
        return "returns.console.clock." + (overdue() ? "overdue" : "in") + "." + unit;
    }

    /** For the row's class: overdue, due-soon or nothing. */
    public String css() {
        return overdue() ? "overdue" : dueSoon() ? "due-soon" : "";
    }
}
