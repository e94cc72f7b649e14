package org.aftercare.outreach.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.orders.OrderId;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.NoticeId;
import org.aftercare.outreach.NoticeSent;
import org.aftercare.outreach.OutboundNotice;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.outreach.notices.NoticeWriter;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers queued notices. A round leases the due notices (FOR UPDATE SKIP LOCKED, so instances
 * never take the same one), sends them per shop and channel over reused connections, several
 * connections in parallel, and records all outcomes with one statement: SENT (opening the promise
 * the notice made, keeping the one it fulfils), or the next attempt after a backoff, or — after the last attempt, or
 * at once for an address that can never be delivered to — FAILED with the reason (a dead letter).
 * A notice is marked SENT only after its channel accepted it, and leased while it is being sent
 * ({@code leased_until}, cleared with the outcome), so an outage delays notices and never loses or
 * repeats one, and a notice waiting for a retry can be told apart from one on the wire.
 */
@Component
public class NoticeOutbox {

    private static final Logger log = LoggerFactory.getLogger(NoticeOutbox.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Channel, NoticeChannel> channels;
    private final OutreachProperties properties;
    private final ApplicationEventPublisher events;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    NoticeOutbox(JdbcClient jdbc, Clock clock, List<NoticeChannel> channels, OutreachProperties properties,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.channels = channels.stream().collect(Collectors.toMap(NoticeChannel::channel, Function.identity()));
        this.properties = properties;
        this.events = events;
    }

    @TransactionalEventListener
    void on(NoticeWriter.NoticeQueued queued) {
        send(lease(List.of(queued.notice())));
    }

    /** Sends the due notices, round after round until none is due; returns how many were tried. */
    @Scheduled(fixedDelayString = "${aftercare.outreach.outbox-every:5s}")
    public int dispatch() {
        int tried = 0;
        List<Leased> round;
        long leasing = System.nanoTime();
        while (!(round = lease(null)).isEmpty()) {
            long sending = System.nanoTime();
            send(round);
            tried += round.size();
            if (log.isDebugEnabled()) {
                log.debug("round of {}: leased in {} ms, sent and recorded in {} ms", round.size(),
                        (sending - leasing) / 1_000_000, (System.nanoTime() - sending) / 1_000_000);
            }
            leasing = System.nanoTime();
        }
        return tried;
    }

    record Leased(OutboundNotice notice, OrderId order, int attempts) {
    }

    private List<Leased> lease(List<UUID> only) {
        Instant now = now();
        return jdbc.sql("""
                with due as materialized (
                    select id from notice
                     where status = 'QUEUED' and next_attempt_at <= :now
                       and (cast(:only as uuid[]) is null or id = any(:only))
                     order by next_attempt_at
                     limit :batch
                     for update skip locked)
                update notice n set next_attempt_at = :until, leased_until = :until
                  from due
                 where n.id = due.id
                returning n.id, n.tenant_id, n.shop_id, n.order_id, n.channel, n.recipient, n.recipient_name, n.language,
                          n.subject, n.body, n.attempts
                """)
                .param("until", Timestamp.from(now.plus(properties.lease()))).param("now", Timestamp.from(now))
                .param("only", only == null ? null : new SqlArrayValue("uuid", only.toArray()))
                .param("batch", properties.outboxBatch())
                .query((rs, n) -> new Leased(new OutboundNotice(rs.getObject("id", UUID.class),
                        new TenantId(rs.getObject("tenant_id", UUID.class)), new ShopId(rs.getObject("shop_id", UUID.class)),
                        Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("recipient_name"),
                        rs.getString("language"), rs.getString("subject"), rs.getString("body")),
                        rs.getObject("order_id") == null ? null : new OrderId(rs.getObject("order_id", UUID.class)),
                        rs.getInt("attempts")))
                .list();
    }

    private void send(List<Leased> leased) {
        if (leased.isEmpty()) {
            return;
        }
        List<List<Leased>> slices = slices(leased, properties.outboxPerConnection());
        Semaphore connections = new Semaphore(properties.outboxParallel());
        List<Future<List<Exception>>> sending = new ArrayList<>(slices.size());
        for (List<Leased> slice : slices) {
            sending.add(senders.submit(() -> {
                connections.acquire();
                try {
                    return send(slice.getFirst().notice().channel(), slice.stream().map(Leased::notice).toList());
                }
                finally {
                    connections.release();
                }
            }));
        }
        Outcomes results = new Outcomes(now());
        for (int s = 0; s < slices.size(); s++) {
            List<Leased> slice = slices.get(s);
            List<Exception> outcomes;
            try {
                outcomes = sending.get(s).get();
            }
            catch (Exception e) {
                outcomes = Collections.nCopies(slice.size(), e);
            }
            for (int i = 0; i < slice.size(); i++) {
                results.add(slice.get(i), outcomes.get(i));
            }
        }
        long recording = System.nanoTime();
        List<Leased> sent = results.record(jdbc);
        log.debug("{} outcomes recorded in {} ms", leased.size(), (System.nanoTime() - recording) / 1_000_000);
        for (Leased l : sent) {
            events.publishEvent(new NoticeSent(new NoticeId(l.notice().id()), l.notice().tenant(), l.order(),
                    l.notice().channel()));
        }
        if (!results.failures().isEmpty()) {
            log.warn("{} of {} notices not sent this round, e.g. {}", results.failures().size(), leased.size(),
                    results.failures().getFirst());
        }
    }

    /** One outcome per notice: null where the channel accepted it. */
    private List<Exception> send(Channel channel, List<OutboundNotice> notices) {
        NoticeChannel adapter = channels.get(channel);
        try {
            if (adapter == null) {
                throw new IllegalStateException("no " + channel + " channel is installed");
            }
            List<Exception> outcomes = adapter.sendAll(notices);
            if (outcomes.size() != notices.size()) {
                throw new IllegalStateException(channel + " channel answered " + outcomes.size() + " outcomes for "
                        + notices.size() + " notices");
            }
            return outcomes;
        }
        catch (RuntimeException e) {
            return Collections.nCopies(notices.size(), e);
        }
    }

    /**
     * A round's notices by channel and shop (a shop sends from its own mailbox or outlet), each
     * group cut into slices that go over one connection each.
     */
    static List<List<Leased>> slices(List<Leased> leased, int perConnection) {
        Map<List<Object>, List<Leased>> groups = new LinkedHashMap<>();
        for (Leased l : leased) {
            groups.computeIfAbsent(List.of(l.notice().channel(), l.notice().shop()), k -> new ArrayList<>()).add(l);
        }
        List<List<Leased>> slices = new ArrayList<>();
        for (List<Leased> group : groups.values()) {
            for (int from = 0; from < group.size(); from += perConnection) {
                slices.add(group.subList(from, Math.min(group.size(), from + perConnection)));
            }
        }
        return slices;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
