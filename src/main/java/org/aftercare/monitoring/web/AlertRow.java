package org.aftercare.monitoring.web;

import java.time.Duration;
import java.time.Instant;

import org.aftercare.monitoring.AlertView;

/**
 * An alert as a line of the board: the alert and how long it has been open ("3 d 4 h"), counted
 * from when it was raised to now, or to its resolution.
 */
record AlertRow(AlertView alert, Duration age) {

    static AlertRow of(AlertView alert, Instant now) {
        Instant end = alert.resolvedAt() == null ? now : alert.resolvedAt();
        Duration age = Duration.between(alert.raisedAt(), end);
        return new AlertRow(alert, age.isNegative() ? Duration.ZERO : age);
    }

    public long days() {
        return age.toDays();
    }

    public long hours() {
        return age.toHoursPart();
    }

    public long minutes() {
        return age.toMinutes();
    }

    /** The message key that reads the age best: days and hours, hours, or minutes. */
    public String ageKey() {
        if (age.toDays() > 0) {
            return "alerts.age.days";
        }
        return age.toHours() > 0 ? "alerts.age.hours" : "alerts.age.minutes";
    }
}
