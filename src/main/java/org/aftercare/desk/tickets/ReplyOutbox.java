package org.aftercare.desk.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.desk.Channel;
import org.aftercare.desk.OutboundReply;
import org.aftercare.desk.ReplyChannel;
import org.aftercare.desk.TicketChanged;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.Tickets;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends agents' replies: right after the reply is committed, and again from a sweep for those that
 * failed. Each send first leases the reply for five minutes (so two instances never send it at the
 * same time), then marks it SENT, or schedules the next attempt with backoff; after the last
 * attempt it is FAILED with the reason, on the ticket for an agent to see.
 */
@Component
public class ReplyOutbox {

    private static final Logger log = LoggerFactory.getLogger(ReplyOutbox.class);
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4));
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Channel, ReplyChannel> channels;
    private final TicketHistory history;
    private final ApplicationEventPublisher events;

    ReplyOutbox(JdbcClient jdbc, Clock clock, List<ReplyChannel> channels, TicketHistory history,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.channels = channels.stream().collect(Collectors.toMap(ReplyChannel::channel, Function.identity()));
        this.history = history;
        this.events = events;
    }

    /**
     * Puts a message to the buyer into the outbox on the ticket's channel: QUEUED to be sent after
     * commit (an API ticket's reply is read back through the API, so it is SENT at once). Its id in
     * angle brackets is the e-mail Message-ID a buyer's answer refers to. Returns the message's id.
     */
    public UUID queue(UUID ticket, UUID author, String authorName, String body, String language, Instant now) {
        UUID message = UUID.randomUUID();
        jdbc.sql("""
                insert into ticket_message (id, tenant_id, ticket_id, kind, channel, external_id, author_user_id, author_name,
                                            body, language, delivery, next_attempt_at, at, created_at)
                select :id, tenant_id, id, 'REPLY', channel, :external, :author, :authorName, :body, :language,
                       case when channel = 'API' then 'SENT' else 'QUEUED' end,
                       case when channel = 'API' then null else cast(:now as timestamptz) end, :now, :now
                  from ticket where id = :ticket
                """)
                .param("id", message).param("external", "<" + message + "@aftercare>").param("author", author)
                .param("authorName", authorName).param("body", body).param("language", language)
                .param("now", Timestamp.from(now)).param("ticket", ticket)
                .update();
        events.publishEvent(new Tickets.ReplyQueued(new TicketId(ticket), message));
        return message;
    }

    @TransactionalEventListener
    void on(Tickets.ReplyQueued queued) {
        send(List.of(queued.message()));
    }

    /** Replies whose next attempt is due; returns how many were tried. */
    @Scheduled(fixedDelayString = "${aftercare.desk.outbox-every:15s}")
    public int sweep() {
        List<UUID> due = jdbc.sql("""
                select id from ticket_message
                 where delivery = 'QUEUED' and next_attempt_at <= :now
                 order by next_attempt_at limit 100
                """)
                .param("now", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .query(UUID.class).list();
        return send(due);
    }

    private int send(List<UUID> ids) {
        int tried = 0;
        for (UUID id : ids) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var reply = lease(id, now);
            if (reply == null) {
                continue;
            }
            tried++;
            ReplyChannel channel = channels.get(reply.reply().channel());
            try {
                if (channel == null) {
                    throw new IllegalStateException("no " + reply.reply().channel() + " channel is configured");
                }
                channel.send(reply.reply());
                jdbc.sql("""
                        update ticket_message set delivery = 'SENT', delivery_error = null, next_attempt_at = null,
                                                  attempts = attempts + 1
                         where id = :id
                        """).param("id", id).update();
            }
            catch (Exception failure) {
                failed(reply, failure, now);
            }
            events.publishEvent(new TicketChanged(reply.reply().tenant(), reply.reply().ticket(), reply.market(), "delivery"));
        }
        return tried;
    }

    private void failed(Leased leased, Exception failure, Instant now) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        int attempt = leased.attempts() + 1;
        boolean last = attempt > BACKOFF.size();
        log.warn("Reply {} on ticket #{} failed (attempt {}): {}", leased.reply().message(), leased.reply().ticketNumber(),
                attempt, reason);
        jdbc.sql("""
                update ticket_message
                   set attempts = :attempt, delivery_error = :reason,
                       delivery = case when :last then 'FAILED' else 'QUEUED' end,
                       next_attempt_at = case when :last then null else cast(:next as timestamptz) end
                 where id = :id
                """)
                .param("attempt", attempt).param("reason", reason).param("last", last)
                .param("next", last ? null : Timestamp.from(now.plus(BACKOFF.get(attempt - 1))))
                .param("id", leased.reply().message())
                .update();
        if (last) {
            history.record(leased.reply().tenant().value(), leased.reply().ticket().value(), now, "desk", "reply-failed",
                    null, null, reason);
        }
    }

    private record Leased(OutboundReply reply, String market, int attempts) {
    }

    /** Takes the reply for this instance for a while, or null when it is sent, failed or leased elsewhere. */
    private Leased lease(UUID id, Instant now) {
        boolean mine = jdbc.sql("""
                update ticket_message set next_attempt_at = :until
                 where id = :id and delivery = 'QUEUED' and next_attempt_at <= :now
                """)
                .param("until", Timestamp.from(now.plus(LEASE))).param("id", id).param("now", Timestamp.from(now))
                .update() == 1;
        if (!mine) {
            return null;
        }
        return jdbc.sql("""
                select x.id, x.tenant_id, x.ticket_id, x.external_id, x.body, x.attempts, x.channel,
                       t.shop_id, t.number, t.subject, t.language, t.market, c.address, c.name,
                       array(select i.external_id from ticket_message i
                              where i.ticket_id = x.ticket_id and i.kind = 'INBOUND' and i.external_id is not null
                              order by i.at) as refs
                  from ticket_message x
                  join ticket t on t.id = x.ticket_id
                  join desk_contact c on c.id = t.contact_id
                 where x.id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new Leased(new OutboundReply(
                        new TenantId(rs.getObject("tenant_id", UUID.class)), new ShopId(rs.getObject("shop_id", UUID.class)),
                        new TicketId(rs.getObject("ticket_id", UUID.class)), rs.getLong("number"), id,
                        rs.getString("external_id"), Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                        rs.getString("name"), rs.getString("subject"), rs.getString("body"),
                        TicketQueries.strings(rs.getArray("refs")), rs.getString("language")),
                        rs.getString("market"), rs.getInt("attempts")))
                .single();
    }
}
