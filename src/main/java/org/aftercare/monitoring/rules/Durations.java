package org.aftercare.monitoring.rules;

import java.time.Duration;

final class Durations {

    private Durations() {
    }

    /** "48 h", "5 days", "5 business days" — as a threshold reads in a reason. */
    static String text(Duration duration, boolean businessDays) {
        if (duration.toHours() % 24 == 0 && duration.toHours() >= 72 || businessDays) {
            long days = duration.toDays();
            return days + (businessDays ? " business days" : " days");
        }
        return duration.toHours() + " h";
    }
}
