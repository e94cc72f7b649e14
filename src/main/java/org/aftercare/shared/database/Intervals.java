package org.aftercare.shared.database;

import java.time.Duration;

import org.postgresql.util.PGInterval;

/** PostgreSQL {@code interval} ↔ {@link Duration}. Months count as 30 days, years as 365. */
public final class Intervals {

    private Intervals() {
    }

    public static Duration toDuration(Object interval) {
        if (interval == null) {
            return null;
        }
        PGInterval pg = (PGInterval) interval;
        return Duration.ofDays(pg.getYears() * 365L + pg.getMonths() * 30L + pg.getDays())
                .plusHours(pg.getHours())
                .plusMinutes(pg.getMinutes())
                .plusMillis(Math.round(pg.getSeconds() * 1000));
    }

    /** An ISO-8601 duration PostgreSQL casts to interval, e.g. {@code PT48H}. */
    public static String toSql(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
