package org.aftercare.desk;

import java.util.Set;
import java.util.UUID;

/**
 * What the inbox shows. Null parts do not filter.
 *
 * @param statuses  default: every status that is not solved or closed
 * @param assignee  an agent's id; see {@code unassigned}
 * @param text      part of the subject, the contact's name or address, or the ticket number
 * @param sort      SLA_DUE (default: most urgent first), NEWEST, UPDATED
 */
public record TicketFilter(Set<TicketStatus> statuses, String market, UUID shop, Channel channel, Intent intent,
                           UUID assignee, boolean unassigned, UUID team, Boolean escalated, String language,
                           String text, Sort sort, int page, int size) {

    public enum Sort { SLA_DUE, NEWEST, UPDATED }

    public TicketFilter {
        statuses = statuses == null || statuses.isEmpty() ? null : Set.copyOf(statuses);
        sort = sort == null ? Sort.SLA_DUE : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page: from 0");
        }
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("size: between 1 and 200");
        }
    }

    public static TicketFilter open() {
        return new TicketFilter(null, null, null, null, null, null, false, null, null, null, null, Sort.SLA_DUE, 0, 50);
    }

    public boolean onlyOpen() {
        return statuses == null || statuses.stream().allMatch(TicketStatus::isOpen);
    }
}
