package org.aftercare.monitoring.rules;

import java.time.Instant;

import org.aftercare.shared.calendar.BusinessCalendar;

/** What a rule needs besides the shipment: its thresholds, the time, and the two countries' calendars. */
public record RuleContext(Thresholds thresholds, Instant now, BusinessCalendar origin, BusinessCalendar destination) {
}
