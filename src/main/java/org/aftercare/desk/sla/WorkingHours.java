package org.aftercare.desk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

import org.aftercare.shared.calendar.BusinessCalendar;

/**
 * A team's business time: weekly hours in a zone, minus the public holidays of a country
 * (Jollyday, through {@link BusinessCalendar}) and extra closed days. Counts real elapsed time
 * inside the open intervals, so a DST change shortens or lengthens nothing but the night.
 * {@link #aroundTheClock()} is "calendar hours": every instant counts.
 */
public final class WorkingHours {

    /** How far ahead to look for an opening before deciding a calendar is never open. */
    private static final int SEARCH_DAYS = 3 * 366;

    private final ZoneId zone;
    private final WeeklyHours hours;
    private final BusinessCalendar holidays;
    private final Set<LocalDate> closedDays;

    private WorkingHours(ZoneId zone, WeeklyHours hours, BusinessCalendar holidays, Set<LocalDate> closedDays) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
        this.closedDays = Set.copyOf(closedDays);
    }

    /**
     * @param holidayCountry ISO 3166 alpha-2 country whose public holidays close the team, or null for none
     */
    public static WorkingHours of(ZoneId zone, WeeklyHours hours, String holidayCountry, Set<LocalDate> closedDays) {
        return new WorkingHours(zone, hours, holidayCountry == null ? null : BusinessCalendar.of(holidayCountry, zone),
                closedDays);
    }

    public static WorkingHours aroundTheClock() {
        return new WorkingHours(ZoneOffset.UTC, WeeklyHours.ALWAYS, null, Set.of());
    }

    public boolean isOpenOn(LocalDate day) {
        return !closedDays.contains(day) && (holidays == null || !holidays.isPublicHoliday(day));
    }

    public boolean isOpen(Instant at) {
        return openFrom(at).findFirst().map(span -> span.contains(at)).orElse(false);
    }

    /** The instant when {@code workingTime} of business time has passed after {@code start}. */
    public Instant plus(Instant start, Duration workingTime) {
        if (workingTime.isZero()) {
            return start;
        }
        Duration left = workingTime;
        for (Iterator<Span> open = openFrom(start).iterator(); open.hasNext(); ) {
            Span span = open.next();
            if (left.compareTo(span.length()) <= 0) {
                return span.start().plus(left);
            }
            left = left.minus(span.length());
        }
        throw neverOpen();
    }

    /** Business time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return openFrom(from).takeWhile(span -> span.start().isBefore(to))
                .map(span -> span.endingBy(to).length())
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** The open intervals from {@code from} on, the first one cut to start at {@code from}. */
    Stream<Span> openFrom(Instant from) {
        LocalDate first = from.atZone(zone).toLocalDate();
        return Stream.iterate(first, day -> day.plusDays(1)).limit(SEARCH_DAYS)
                .filter(this::isOpenOn)
                .flatMap(day -> hours.on(day.getDayOfWeek()).stream().map(interval -> span(day, interval)))
                .filter(span -> span.end().isAfter(from))
                .map(span -> span.start().isBefore(from) ? new Span(from, span.end()) : span);
    }

    private Span span(LocalDate day, WeeklyHours.Interval interval) {
        return new Span(at(day, interval.startMinute()), at(day, interval.endMinute()));
    }

    /** A local wall-clock time as an instant; a time in a spring-forward gap moves on by the gap. */
    private Instant at(LocalDate day, int minute) {
        if (minute == 24 * 60) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return day.atTime(minute / 60, minute % 60).atZone(zone).toInstant();
    }

    IllegalStateException neverOpen() {
        return new IllegalStateException("calendar " + this + " has no opening in " + SEARCH_DAYS + " days");
    }

    public ZoneId zone() {
        return zone;
    }

    public WeeklyHours hours() {
        return hours;
    }

    public String holidayCountry() {
        return holidays == null ? null : holidays.country();
    }

    @Override
    public String toString() {
        return hours + " " + zone + (holidays == null ? "" : " holidays " + holidays.country());
    }
}
