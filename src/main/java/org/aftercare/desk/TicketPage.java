package org.aftercare.desk;

import java.util.List;

/** One page of the inbox and how many tickets match in all. */
public record TicketPage(List<TicketSummary> tickets, long total, int page, int size) {
}
