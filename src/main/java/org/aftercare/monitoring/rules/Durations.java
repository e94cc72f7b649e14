package org.aftercare.monitoring.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

final class Durations {

    private static final DateTimeFormatter MINUTE_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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

    /** "2026-11-20 03:57 UTC" — an instant as a reason reads it; the console shows local times beside it. */
    static String at(Instant instant) {
        return MINUTE_UTC.format(instant);
    }
}
