package org.aftercare.simulator.world;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The seasons of the trade: when buyers order (weekday, hour, Black Friday, 11.11) and when
 * Chinese carriers stop (the Spring Festival closure). Estimates; see docs/simulator.md.
 */
public final class TradeCalendar {

    /** Chinese New Year's Day; carriers and warehouses close around it. */
    static final List<LocalDate> SPRING_FESTIVALS = List.of(
            LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17),
            LocalDate.of(2027, 2, 6), LocalDate.of(2028, 1, 26));

    /** Pickups stop about a week before New Year and resume about nine days after it. */
    static final int CLOSURE_DAYS_BEFORE = 7;
    static final int CLOSURE_DAYS_AFTER = 9;

    /** Parcels labelled during the closure wait for the backlog to clear once carriers return. */
    public static final Dwell BACKLOG_AFTER_CLOSURE = Dwell.hours(36, 110);

    /** Relative order volume by weekday, Monday first: TikTok shopping leans to the weekend. */
    static final double[] WEEKDAY = {0.95, 0.95, 0.97, 1.0, 1.05, 1.15, 1.2};

    /** Relative order volume by local hour: a lunch bump and the evening scroll-and-buy peak. */
    static final double[] HOUR = {
            0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9,
            1.1, 1.05, 0.9, 0.85, 0.9, 1.0, 1.2, 1.45, 1.6, 1.55, 1.2, 0.7};

    static final double BLACK_FRIDAY = 3.5;
    static final double BLACK_FRIDAY_WEEKEND = 2.0;
    static final double CYBER_MONDAY = 2.5;
    static final double BLACK_FRIDAY_WEEK = 1.3;
    static final double CHRISTMAS_RUN_UP = 1.3;
    static final double SINGLES_DAY_SEA = 3.0;

    private TradeCalendar() {
    }

    /** How many orders a day brings in a market, relative to an ordinary Monday. */
    public static double demand(String market, LocalDate day) {
        double weight = WEEKDAY[day.getDayOfWeek().getValue() - 1];
        LocalDate blackFriday = blackFriday(day.getYear());
        long fromBlackFriday = day.toEpochDay() - blackFriday.toEpochDay();
        if (fromBlackFriday == 0) {
            weight *= BLACK_FRIDAY;
        }
        else if (fromBlackFriday == 1 || fromBlackFriday == 2) {
            weight *= BLACK_FRIDAY_WEEKEND;
        }
        else if (fromBlackFriday == 3) {
            weight *= CYBER_MONDAY;
        }
        else if (fromBlackFriday >= -7 && fromBlackFriday < 0) {
            weight *= BLACK_FRIDAY_WEEK;
        }
        else if (fromBlackFriday > 3 && MonthDay.from(day).isBefore(MonthDay.of(12, 21))) {
            weight *= CHRISTMAS_RUN_UP;
        }
        if (market.equals("MY") && MonthDay.from(day).equals(MonthDay.of(11, 11))) {
            weight *= SINGLES_DAY_SEA;
        }
        return weight;
    }

    public static double hourWeight(int hour) {
        return HOUR[hour];
    }

    /** The fourth Friday of November. */
    public static LocalDate blackFriday(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.FRIDAY));
    }

    /** Peak season (Black Friday to Christmas): last-mile networks are overloaded. */
    public static boolean peakSeason(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return !day.isBefore(blackFriday(day.getYear())) && MonthDay.from(day).isBefore(MonthDay.of(12, 25));
    }

    /** When pickups resume, if {@code at} falls in a Spring Festival closure; otherwise null. */
    public static Instant closureEnd(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.ofHours(8));
        for (LocalDate newYear : SPRING_FESTIVALS) {
            LocalDate from = newYear.minusDays(CLOSURE_DAYS_BEFORE);
            LocalDate until = newYear.plusDays(CLOSURE_DAYS_AFTER);
            if (!day.isBefore(from) && day.isBefore(until)) {
                return until.atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
            }
        }
        return null;
    }
}
