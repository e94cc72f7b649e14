package org.aftercare.desk.console;

import java.time.Instant;

import org.aftercare.desk.TicketSummary;

/** A ticket as a line of the inbox: the ticket, its team SLA and the platform's clock, each with its countdown. */
record TicketLine(TicketSummary ticket, Due sla, Due platform) {

    static TicketLine of(TicketSummary t, Instant now) {
        return new TicketLine(t, Due.of(t.slaDueAt(), now), Due.of(t.platformResponseDueAt(), now));
    }

    public boolean overdue() {
        return sla != null && sla.overdue() || platform != null && platform.overdue();
    }
}
