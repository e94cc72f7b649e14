package org.aftercare.desk;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands. A reopened ticket goes back to {@link #OPEN}. The waiting statuses may
 * pause the SLA clocks (per policy, {@link #PENDING_BUYER} by default); solved and closed stop them.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING_BUYER,
    PENDING_CARRIER,
    PENDING_WAREHOUSE,
    SOLVED,
    CLOSED;

    /** The statuses an SLA policy may choose to pause its business clock in. */
    public static final Set<TicketStatus> WAITING = EnumSet.of(PENDING_BUYER, PENDING_CARRIER, PENDING_WAREHOUSE);

    public boolean isDone() {
        return this == SOLVED || this == CLOSED;
    }
}
