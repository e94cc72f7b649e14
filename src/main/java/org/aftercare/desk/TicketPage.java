package org.aftercare.desk;

import java.util.List;

/**
 * One page of the inbox.
 *
 * @param total        matching tickets, counted up to {@link #COUNT_LIMIT}; null when the page is full and no
 *                     count was asked for (counting a broad filter costs more than the page itself)
 * @param totalAtLeast true when there are more than {@code total} (the count stopped at the limit)
 * @param hasMore      true when a next page exists
 */
public record TicketPage(List<TicketSummary> tickets, Long total, boolean totalAtLeast, boolean hasMore, int page,
                         int size) {

    /** Counting every match of a broad filter over a million tickets costs more than the page itself. */
    public static final int COUNT_LIMIT = 10_000;
}
