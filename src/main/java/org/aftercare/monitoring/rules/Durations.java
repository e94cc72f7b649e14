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

    /** A threshold as a reason argument: "48 h", "5 days", "5 business days" in the reader's language. */
    static String text(Duration duration, boolean businessDays) {
        if (businessDays) {
            return "#alert.arg.businessDays:" + duration.toDays();
        }
        if (duration.toHours() % 24 == 0 && duration.toHours() >= 72) {
            return "#alert.arg.days:" + duration.toDays();
        }
        return "#alert.arg.hours:" + duration.toHours();
    }

    /** " at Leipzig hub" / "（Leipzig hub）" — or nothing when the carrier named no place. */
    static String place(String location) {
        return location == null ? "" : "#alert.arg.at:" + location;
    }

    /** "2026-11-20 03:57 UTC" — an instant as a reason reads it; the console shows local times beside it. */
    static String at(Instant instant) {
        return MINUTE_UTC.format(instant);
    }
}
