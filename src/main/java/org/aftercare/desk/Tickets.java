package org.aftercare.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.desk.tickets.ReplyOutbox;
import org.aftercare.desk.tickets.TicketClocks;
import org.aftercare.desk.tickets.TicketHistory;
import org.aftercare.desk.tickets.TicketQueries;
import org.aftercare.desk.tickets.TicketRow;
import org.aftercare.orders.OrderId;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' side of the desk: the inbox, a ticket's conversation, replies, notes, statuses,
 * assignment. An agent sees and touches only the tickets of the markets they serve.
 */
@Service
public class Tickets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TicketQueries queries;
    private final TicketHistory history;
    private final TicketClocks clocks;
    private final ReplyOutbox outbox;
    private final ApplicationEventPublisher events;

    Tickets(JdbcClient jdbc, Clock clock, TicketQueries queries, TicketHistory history, TicketClocks clocks,
            ReplyOutbox outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.queries = queries;
        this.history = history;
        this.clocks = clocks;
        this.events = events;
    }

    /** One page of the inbox; {@code total} is counted only when the page is not full. */
    public TicketPage inbox(Actor actor, TicketFilter filter) {
        return queries.page(actor, filter, false);
    }

    /** One page of the inbox with the number of matching tickets (up to {@link TicketPage#COUNT_LIMIT}). */
    public TicketPage inboxCounted(Actor actor, TicketFilter filter) {
        return queries.page(actor, filter, true);
    }

    public TicketDetail get(Actor actor, TicketId id) {
        return queries.detail(actor, id).orElseThrow(() -> new NotFound("Ticket", id));
    }

    /**
     * The conversations about an order that the actor may see, each with all its messages, oldest ticket
     * first: what the evidence archive turns into chat transcripts.
     */
    public List<TicketDetail> ofOrder(Actor actor, OrderId order) {
        return jdbc.sql("""
                        select id from ticket
                         where tenant_id = :tenant and order_id = :order
                         order by created_at, id
                        """)
                .param("tenant", actor.tenant().value())
                .param("order", order.value())
                .query(UUID.class).list().stream()
                .flatMap(id -> queries.detail(actor, new TicketId(id)).stream())
                .toList();
    }

    /** Open tickets per status among those the actor may see. */
    public Map<TicketStatus, Long> openCounts(Actor actor) {
        return queries.openCounts(actor);
    }

    /** The contact's other tickets the actor may see, newest first (at most {@code limit}). */
    public List<TicketSummary> ofContact(Actor actor, UUID contact, int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit: between 1 and 200");
        }
        return queries.ofContact(actor, contact, limit);
    }

    /** The file a buyer sent, for an agent who may see the ticket. */
    public Optional<TicketQueries.AttachmentContent> attachment(Actor actor, TicketId ticket, UUID attachment) {
        row(actor, ticket);
        return queries.attachment(actor.tenant().value(), ticket.value(), attachment);
    }

    /**
     * A reply to the buyer on the ticket's channel, queued in the outbox and sent after commit.
     *
     * @param then the status the ticket takes after the reply (default OPEN; PENDING_BUYER to wait for the buyer,
     *             SOLVED to close the matter)
     */
    @Transactional
    public UUID reply(Actor actor, TicketId id, String body, TicketStatus then) {
        actor.requireWrite();
        TicketRow ticket = row(actor, id);
        requireText("body", body);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new IllegalArgumentException("ticket: #" + ticket.number() + " is closed; the buyer's next message opens a follow-up");
        }
        if (then == TicketStatus.NEW || then == TicketStatus.CLOSED) {
            throw new IllegalArgumentException("then: a reply leaves the ticket OPEN, PENDING_* or SOLVED");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID message = outbox.queue(ticket.id(), actor.user() == null ? null : actor.user().value(), actor.name(),
                body.strip(), ticket.language(), now);
        TicketStatus next = then == null ? TicketStatus.OPEN : then;
        jdbc.sql("""
                update ticket
                   set first_replied_at = coalesce(first_replied_at, :now), last_reply_at = :now,
                       message_count = message_count + 1, updated_at = :now,
                       status = :status, solved_at = case when :status = 'SOLVED' then :now else solved_at end,
                       assignee_id = coalesce(assignee_id, :user)
                 where id = :id
                """)
                .param("now", Timestamp.from(now)).param("status", next.name())
                .param("user", actor.user() == null ? null : actor.user().value())
                .param("id", ticket.id())
                .update();
        history.record(ticket.tenant(), ticket.id(), now, actor.name(), "replied", null, null, null);
        if (next != ticket.status()) {
            history.record(ticket.tenant(), ticket.id(), now, actor.name(), "status", ticket.status(), next, null);
        }
        clocks.refresh(ticket.id(), now);
        changed(actor, ticket, "reply");
        return message;
    }

    /** An internal note: agents see it, the buyer never does. */
    @Transactional
    public UUID note(Actor actor, TicketId id, String body) {
        actor.requireWrite();
        TicketRow ticket = row(actor, id);
        requireText("body", body);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID message = UUID.randomUUID();
        jdbc.sql("""
                insert into ticket_message (id, tenant_id, ticket_id, kind, channel, author_user_id, author_name, body,
                                            at, created_at)
                values (:id, :tenant, :ticket, 'NOTE', :channel, :user, :author, :body, :now, :now)
                """)
                .param("id", message).param("tenant", ticket.tenant()).param("ticket", ticket.id())
                .param("channel", ticket.channel().name())
                .param("user", actor.user() == null ? null : actor.user().value())
                .param("author", actor.name()).param("body", body.strip()).param("now", Timestamp.from(now))
                .update();
        jdbc.sql("update ticket set updated_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", ticket.id()).update();
        changed(actor, ticket, "note");
        return message;
    }

    /** Moves the ticket; a closed ticket never changes again (the buyer's next message opens a follow-up). */
    @Transactional
    public void setStatus(Actor actor, TicketId id, TicketStatus status) {
        actor.requireWrite();
        TicketRow ticket = row(actor, id);
        if (status == null) {
            throw new IllegalArgumentException("status: required");
        }
        if (status == TicketStatus.NEW) {
            throw new IllegalArgumentException("status: a ticket cannot become NEW again; reopen it as OPEN");
        }
        if (ticket.status() == status) {
            return;
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new IllegalArgumentException("status: #" + ticket.number() + " is closed and cannot change; "
                    + "the buyer's next message opens a follow-up");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean reopen = ticket.status() == TicketStatus.SOLVED && status.isOpen();
        jdbc.sql("""
                update ticket
                   set status = :status, updated_at = :now,
                       solved_at = case when :status = 'SOLVED' then :now when :reopen then null else solved_at end,
                       closed_at = case when :status = 'CLOSED' then :now else closed_at end,
                       reopened = reopened + case when :reopen then 1 else 0 end
                 where id = :id
                """)
                .param("status", status.name()).param("now", Timestamp.from(now)).param("reopen", reopen)
                .param("id", ticket.id())
                .update();
        history.record(ticket.tenant(), ticket.id(), now, actor.name(), reopen ? "reopened" : "status", ticket.status(),
                status, null);
        clocks.refresh(ticket.id(), now);
        changed(actor, ticket, "status");
    }

    /** Gives the ticket to an agent who serves its market, or to nobody (null). */
    @Transactional
    public void assign(Actor actor, TicketId id, UUID agent) {
        actor.requireWrite();
        TicketRow ticket = row(actor, id);
        if (agent != null && !queries.servesMarket(actor.tenant().value(), agent, ticket.market())) {
            throw new IllegalArgumentException("assignee: " + agent + " is not an agent of this tenant serving market "
                    + ticket.market());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("update ticket set assignee_id = :agent, updated_at = :now where id = :id")
                .param("agent", agent).param("now", Timestamp.from(now)).param("id", ticket.id()).update();
        history.record(ticket.tenant(), ticket.id(), now, actor.name(), "assigned", ticket.assignee(), agent, null);
        changed(actor, ticket, "assigned");
    }

    @Transactional
    public void setPriority(Actor actor, TicketId id, Priority priority) {
        actor.requireWrite();
        TicketRow ticket = row(actor, id);
        if (priority == null) {
            throw new IllegalArgumentException("priority: required, one of URGENT, HIGH, NORMAL, LOW");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("update ticket set priority = :priority, updated_at = :now where id = :id")
                .param("priority", priority.name()).param("now", Timestamp.from(now)).param("id", ticket.id()).update();
        history.record(ticket.tenant(), ticket.id(), now, actor.name(), "priority", ticket.priority(), priority, null);
        clocks.refresh(ticket.id(), now);
        changed(actor, ticket, "priority");
    }

    private TicketRow row(Actor actor, TicketId id) {
        return jdbc.sql("select * from ticket where tenant_id = :tenant and id = :id")
                .param("tenant", actor.tenant().value()).param("id", id.value())
                .query(TicketRow::map).optional()
                .filter(t -> actor.serves(t.market()))
                .orElseThrow(() -> new NotFound("Ticket", id));
    }

    private void changed(Actor actor, TicketRow ticket, String what) {
        events.publishEvent(new TicketChanged(actor.tenant(), new TicketId(ticket.id()), ticket.market(), what));
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        if (text.length() > 20_000) {
            throw new IllegalArgumentException(field + ": at most 20,000 characters");
        }
    }

    /** A reply was queued; the outbox sends it once the transaction has committed. */
    public record ReplyQueued(TicketId ticket, UUID message) {
    }
}
