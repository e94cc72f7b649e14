package org.aftercare.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the SLA clocks need to know about a ticket: when it was created and on which channel, its
 * status history (each change lasts until the next; before the first change the ticket is
 * {@link TicketStatus#NEW}), the buyer's inbound messages and the agents' public replies (internal
 * notes do not count). Solving, closing and reopening are status changes.
 * Built step by step: {@code TicketTimeline.created(at, EMAIL).buyerWrote(at).agentReplied(later)}.
 */
public record TicketTimeline(Instant createdAt, Channel channel, List<StatusChange> statusHistory,
                             List<Instant> buyerMessages, List<Instant> agentReplies) {

    public record StatusChange(Instant at, TicketStatus status) {

        public StatusChange {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
        }
    }

    public TicketTimeline {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(channel, "channel");
        statusHistory = statusHistory.stream().sorted(Comparator.comparing(StatusChange::at)).toList();
        buyerMessages = buyerMessages.stream().sorted().toList();
        agentReplies = agentReplies.stream().sorted().toList();
    }

    /** A new ticket without messages yet. */
    public static TicketTimeline created(Instant at, Channel channel) {
        return new TicketTimeline(at, channel, List.of(), List.of(), List.of());
    }

    public TicketTimeline buyerWrote(Instant at) {
        return new TicketTimeline(createdAt, channel, statusHistory, plus(buyerMessages, at), agentReplies);
    }

    public TicketTimeline agentReplied(Instant at) {
        return new TicketTimeline(createdAt, channel, statusHistory, buyerMessages, plus(agentReplies, at));
    }

    public TicketTimeline movedTo(TicketStatus status, Instant at) {
        return new TicketTimeline(createdAt, channel, plus(statusHistory, new StatusChange(at, status)), buyerMessages,
                agentReplies);
    }

    /** The status at an instant. */
    public TicketStatus statusAt(Instant at) {
        TicketStatus status = TicketStatus.NEW;
        for (StatusChange change : statusHistory) {
            if (change.at().isAfter(at)) {
                break;
            }
            status = change.status();
        }
        return status;
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
