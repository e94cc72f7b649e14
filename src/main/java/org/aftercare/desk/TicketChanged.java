package org.aftercare.desk;

import org.aftercare.tenancy.TenantId;

/** Something happened on a ticket: the console's live inbox refreshes on it. */
public record TicketChanged(TenantId tenant, TicketId ticket, String market, String what) {
}
