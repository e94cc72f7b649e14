package org.aftercare.desk;

import java.time.Instant;

import org.aftercare.tenancy.TenantId;

/**
 * An SLA clock of a ticket reached a warning (75 %, 90 %) or was breached (100 %). At 75 % the
 * assignee is reminded, at 90 % the ticket's priority rises to HIGH, at the breach to URGENT and an
 * escalated ticket's managers are told: the levels of the desk's escalation.
 */
public record SlaAlarm(TenantId tenant, TicketId ticket, long number, String market, SlaMetric.Kind metric, int percent,
                       Instant dueAt) {

    public boolean breach() {
        return percent >= 100;
    }
}
