package org.aftercare.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What to simulate. The same scenario for the same shops always yields the same orders,
 * shipments and events, ids included.
 *
 * @param seed      the random seed
 * @param orders    how many orders to place
 * @param firstDay  first day (UTC) orders are placed on
 * @param lastDay   last day (UTC) orders are placed on
 * @param asOf      the simulated "now": scans after it have not happened yet, orders labelled after it are unshipped
 */
public record Scenario(long seed, int orders, LocalDate firstDay, LocalDate lastDay, Instant asOf) {

    /** Share of orders that come from the livestream on the hot SKU. */
    public static final double LIVESTREAM_SHARE = 0.03;
    /** The livestream happens this many days before the last day (if the range reaches back that far). */
    public static final int LIVESTREAM_DAYS_BEFORE_END = 20;

    public Scenario {
        if (orders < 0 || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("need orders >= 0 and firstDay <= lastDay");
        }
    }

    /** Orders over the last {@code days} days up to now. */
    public static Scenario lastDays(long seed, int orders, int days, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new Scenario(seed, orders, today.minusDays(days - 1L), today, clock.instant());
    }

    public LocalDate livestreamDay() {
        LocalDate day = lastDay.minusDays(LIVESTREAM_DAYS_BEFORE_END);
        return day.isBefore(firstDay) ? firstDay : day;
    }
}
