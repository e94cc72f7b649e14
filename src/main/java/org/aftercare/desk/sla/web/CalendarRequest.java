package org.aftercare.desk.sla.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.desk.sla.DeskCalendar;

/**
 * A desk calendar as the API and the console send it.
 *
 * @param hours      e.g. "Mon-Fri 09:00-12:30,13:30-18:00; Sat 10:00-14:00"
 * @param closedDays ISO dates (YYYY-MM-DD) the team is closed besides public holidays
 */
record CalendarRequest(String name, String zone, String holidayCountry, String hours, List<String> closedDays) {

    DeskCalendar toCalendar(UUID id) {
        Set<LocalDate> closed = new LinkedHashSet<>();
        for (String day : closedDays == null ? List.<String>of() : closedDays) {
            if (day == null || day.isBlank()) {
                continue;
            }
            try {
                closed.add(LocalDate.parse(day.strip()));
            }
            catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("closedDays: '" + day.strip() + "' is not a date like 2026-12-31");
            }
        }
        return new DeskCalendar(id, name, zone, holidayCountry, hours, closed);
    }

    static CalendarRequest of(DeskCalendar calendar) {
        return new CalendarRequest(calendar.name(), calendar.zone(), calendar.holidayCountry(), calendar.hours(),
                calendar.closedDays().stream().sorted().map(LocalDate::toString).toList());
    }
}
