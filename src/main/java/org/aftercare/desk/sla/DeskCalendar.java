package org.aftercare.desk.sla;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.aftercare.shared.calendar.BusinessCalendar;

/**
 * A named business calendar of a tenant's team, as stored and edited: zone, weekly hours text,
 * the country whose public holidays close the team (optional) and extra closed days. The
 * constructor checks every field and says which one is wrong.
 */
public record DeskCalendar(UUID id, String name, String zone, String holidayCountry, String hours,
                           Set<LocalDate> closedDays) {

    public DeskCalendar {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        name = name.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("name: at most 100 characters");
        }
        if (zone == null || zone.isBlank()) {
            throw new IllegalArgumentException("zone: must not be empty, e.g. Europe/Berlin");
        }
        try {
            zone = ZoneId.of(zone.strip()).getId();
        }
        catch (DateTimeException unknown) {
            throw new IllegalArgumentException("zone: '" + zone + "' is not a known time zone such as Europe/Berlin");
        }
        if (holidayCountry != null && !holidayCountry.isBlank()) {
            holidayCountry = holidayCountry.strip().toUpperCase(Locale.ROOT);
            if (!Set.of(Locale.getISOCountries()).contains(holidayCountry)
                    || !BusinessCalendar.of(holidayCountry).knowsHolidays()) {
                throw new IllegalArgumentException("holidayCountry: no public holidays known for '" + holidayCountry
                        + "'; use an ISO 3166 alpha-2 country such as DE, or leave it empty");
            }
        }
        else {
            holidayCountry = null;
        }
        hours = WeeklyHours.parse(hours).toString();
        closedDays = closedDays == null ? Set.of() : Set.copyOf(new TreeSet<>(closedDays));
    }

    public WorkingHours workingHours() {
        return WorkingHours.of(ZoneId.of(zone), WeeklyHours.parse(hours), holidayCountry, closedDays);
    }

    public DeskCalendar withId(UUID newId) {
        return new DeskCalendar(newId, name, zone, holidayCountry, hours, closedDays);
    }
}
