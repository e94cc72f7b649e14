package org.aftercare.desk;

import java.util.Set;

/** Where a ticket stands. A buyer writing again reopens a solved ticket; a closed one gets a follow-up. */
public enum TicketStatus {
    /** No agent has answered yet. */
    NEW,
    OPEN,
    PENDING_BUYER,
    PENDING_CARRIER,
    PENDING_WAREHOUSE,
    SOLVED,
    CLOSED;

    public static final Set<TicketStatus> WAITING = Set.of(PENDING_BUYER, PENDING_CARRIER, PENDING_WAREHOUSE);

    public boolean isOpen() {
        return this != SOLVED && this != CLOSED;
    }
}
