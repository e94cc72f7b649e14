package org.aftercare.desk.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.SlaMetric;

/**
 * What a policy promises for a message received now: which policy applies and why, the calendar
 * it counts on, and the due time of each clock, also as the team's wall-clock time.
 *
 * @param calendar     the desk calendar's name; null for the shop's own hours or calendar hours
 * @param calendarHours true when the policy counts around the clock
 */
public record SlaPreview(UUID policyId, String policyName, List<String> matchedOn, String calendar,
                         boolean calendarHours, String zone, String hours, String holidayCountry, List<Due> dues) {

    /**
     * @param targetMinutes business minutes (around-the-clock minutes for the platform clock)
     * @param dueLocal      the due time in the calendar's zone, ISO 8601 with offset
     */
    public record Due(SlaMetric.Kind metric, long targetMinutes, Instant dueAt, String dueLocal) {
    }

    public boolean builtInDefault() {
        return policyId == null;
    }
}
