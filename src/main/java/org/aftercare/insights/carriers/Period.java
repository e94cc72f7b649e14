package org.aftercare.insights.carriers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How a scorecard cuts its date range: calendar months or ISO weeks (Monday to Sunday), in UTC. */
public enum Period {
    MONTH,
    WEEK;

    public static Period parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period: must be month or week, not " + value);
        }
    }

    /** The period a day falls in, by its first day. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The first day of the next period. */
    public LocalDate endOf(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case WEEK -> start.plusWeeks(1);
        };
    }

    /** "2026-09" for a month, "2026-W37" for an ISO week. */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case WEEK -> "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }
}
