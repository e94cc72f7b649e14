package org.aftercare.desk.sla.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.sla.DeskCalendar;
import org.aftercare.desk.sla.SlaPolicy;

/** The console's forms: plain text fields, turned into the API's requests so both check the same way. */
final class SlaForms {

    private SlaForms() {
    }

    /** {@code closedDays}: dates separated by commas or spaces. */
    record CalendarForm(UUID id, String name, String zone, String holidayCountry, String hours, String closedDays) {

        static CalendarForm empty(String zone, String country) {
            return new CalendarForm(null, "", zone, country, "Mon-Fri 09:00-12:30,13:30-18:00", "");
        }

        static CalendarForm of(DeskCalendar c) {
            return new CalendarForm(c.id(), c.name(), c.zone(), c.holidayCountry(), c.hours(),
                    String.join(", ", c.closedDays().stream().sorted().map(Object::toString).toList()));
        }

        CalendarRequest toRequest() {
            List<String> days = closedDays == null ? List.of()
                    : Arrays.stream(closedDays.split("[,\\s]+")).filter(d -> !d.isBlank()).toList();
            return new CalendarRequest(name, zone, holidayCountry, hours, days);
        }
    }

    /**
     * {@code calendar}: empty for the shop's own hours, {@value #CALENDAR_HOURS} for 24/7, or a calendar id.
     * Unticked boxes send nothing: no {@code pauseIn} means no pause, no {@code enabled} means disabled.
     */
    record PolicyForm(UUID id, String name, UUID shop, String market, String channel, String priority,
                      Integer firstResponseMinutes, Integer nextResponseMinutes, Integer resolutionMinutes,
                      String calendar, List<String> pauseIn, Boolean enabled) {

        static final String CALENDAR_HOURS = "calendar-hours";

        static PolicyForm empty() {
            return new PolicyForm(null, "", null, "", "", "", 240, 480, 1440, "", List.of("PENDING_BUYER"), true);
        }

        static PolicyForm of(SlaPolicy p) {
            PolicyRequest r = PolicyRequest.of(p);
            return new PolicyForm(p.id(), r.name(), r.shop(), r.market(), r.channel(), r.priority(),
                    r.firstResponseMinutes(), r.nextResponseMinutes(), r.resolutionMinutes(),
                    p.calendarHours() ? CALENDAR_HOURS : p.calendar() == null ? "" : p.calendar().toString(),
                    r.pauseIn(), r.enabled());
        }

        PolicyRequest toRequest() {
            boolean aroundTheClock = CALENDAR_HOURS.equals(calendar);
            UUID calendarId = aroundTheClock || calendar == null || calendar.isBlank() ? null : calendarId(calendar);
            return new PolicyRequest(id, name, shop, market, channel, priority, firstResponseMinutes,
                    nextResponseMinutes, resolutionMinutes, calendarId, aroundTheClock,
                    pauseIn == null ? List.of() : pauseIn, Boolean.TRUE.equals(enabled));
        }

        public boolean pauses(String status) {
            return pauseIn != null && pauseIn.contains(status);
        }

        private static UUID calendarId(String text) {
            try {
                return UUID.fromString(text);
            }
            catch (IllegalArgumentException notAnId) {
                throw new IllegalArgumentException("calendar: no calendar " + text + " in this tenant");
            }
        }
    }
}
