package org.aftercare.shared.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days of one country: Monday to Friday minus its nationwide public holidays (Jollyday),
 * counted in the country's zone. Used wherever the brief says "business days": customs dwell,
 * appeal and claim deadlines, review clocks.
 */
public final class BusinessCalendar {

    /**
     * Holiday managers by country, kept once made: Jollyday reads its XML from the class path on each
     * {@code getInstance}. A country Jollyday does not know (China, for one) is remembered as empty,
     * or it would be looked up again — class-path scanning included — for every shipment assessed.
     */
    private static final Map<String, Optional<HolidayManager>> MANAGERS = new ConcurrentHashMap<>();
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final String country;
    private final ZoneId zone;
    private final HolidayManager holidays;

    private BusinessCalendar(String country, ZoneId zone, HolidayManager holidays) {
        this.country = country;
        this.zone = zone;
        this.holidays = holidays;
    }

    /** The calendar of a country in its main zone (UTC when unknown). */
    public static BusinessCalendar of(String country) {
        return of(country, Countries.mainZone(country).orElse(ZoneId.of("UTC")));
    }

    /** The calendar of an ISO 3166 country in the given zone; unknown countries have weekends only. */
    public static BusinessCalendar of(String country, ZoneId zone) {
        String code = country.toLowerCase(Locale.ROOT);
        HolidayManager manager = MANAGERS.computeIfAbsent(code, BusinessCalendar::managerFor).orElse(null);
        return new BusinessCalendar(country, zone, manager);
    }

    private static Optional<HolidayManager> managerFor(String code) {
        try {
            return Optional.of(HolidayManager.getInstance(ManagerParameters.create(code)));
        }
        catch (RuntimeException unknownCountry) {
            return Optional.empty();
        }
    }

    public boolean isBusinessDay(LocalDate day) {
        return !WEEKEND.contains(day.getDayOfWeek()) && !isPublicHoliday(day);
    }

    /** A nationwide public holiday of the country, whatever the weekday (a team may work Saturdays). */
    public boolean isPublicHoliday(LocalDate day) {
        return holidays != null && holidays.isHoliday(day, HolidayType.PUBLIC_HOLIDAY);
    }

    /** Whether Jollyday knows the country's holidays; an unknown country has weekends only. */
    public boolean knowsHolidays() {
        return holidays != null;
    }

    /**
     * The instant {@code days} business days after {@code start}: the same local time of day on the
     * n-th following business day. A start on a closed day counts from the next business day's
     * start, as a parcel arriving at customs on Saturday starts its clock on Monday.
     */
    public Instant plusBusinessDays(Instant start, long days) {
        ZonedDateTime at = start.atZone(zone);
        if (!isBusinessDay(at.toLocalDate())) {
            at = nextBusinessDay(at.toLocalDate()).atStartOfDay(zone);
        }
        LocalDate day = at.toLocalDate();
        for (long i = 0; i < days; i++) {
            day = nextBusinessDay(day);
        }
        return day.atTime(at.toLocalTime()).atZone(zone).toInstant();
    }

    /** Calendar or business time after {@code start}, as a rule's threshold asks. */
    public Instant plus(Instant start, Duration duration, boolean businessDays) {
        if (!businessDays) {
            return start.plus(duration);
        }
        long days = duration.toDays();
        Duration rest = duration.minusDays(days);
        return plusBusinessDays(start, days).plus(rest);
    }

    private LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    public String country() {
        return country;
    }

    public ZoneId zone() {
        return zone;
    }
}
