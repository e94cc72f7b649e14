package org.aftercare.desk.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaAlarm;
import org.aftercare.desk.SlaClocks;
import org.aftercare.desk.SlaMetric;
import org.aftercare.desk.SlaState;
import org.aftercare.desk.TicketChanged;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.TicketTimeline;
import org.aftercare.desk.sla.TenantSlaClocks;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each ticket's SLA columns current: after every event on the ticket, and from a sweep that
 * takes only the tickets whose next check (a 75 % or 90 % warning, a breach) has come, the way the
 * alert sweep takes only due shipments. Each warning and breach is raised once, recorded in the
 * ticket's history and published as an {@link SlaAlarm}; 90 % raises the priority to HIGH, a breach
 * to URGENT.
 */
@Component
public class TicketClocks {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SlaClocks clocks;
    private final TicketHistory history;
    private final ApplicationEventPublisher events;

    TicketClocks(JdbcClient jdbc, Clock clock, SlaClocks clocks, TicketHistory history, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.clocks = clocks;
        this.history = history;
        this.events = events;
    }

    /** Tickets whose next check has come; returns how many were looked at. */
    @Scheduled(fixedDelayString = "${aftercare.desk.sla-sweep-every:30s}")
    @Transactional
    public int sweep() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> due = jdbc.sql("""
                select id from ticket where sla_next_check_at <= :now
                 order by sla_next_check_at limit 1000
                 for update skip locked
                """)
                .param("now", Timestamp.from(now)).query(UUID.class).list();
        // the tenants' policies, calendars and shops are read once per sweep, not once per ticket
        Map<UUID, TenantSlaClocks> rules = new HashMap<>();
        due.forEach(ticket -> refresh(ticket, now, tenant -> rules.computeIfAbsent(tenant, t -> clocks.forTenant(new TenantId(t)))));
        return due.size();
    }

    /** Evaluates the ticket's clocks as of now and stores them; called after each event on the ticket. */
    public SlaState refresh(UUID ticketId, Instant now) {
        return refresh(ticketId, now, tenant -> clocks.forTenant(new TenantId(tenant)));
    }

    private SlaState refresh(UUID ticketId, Instant now, Function<UUID, TenantSlaClocks> rulesOf) {
        Ticket ticket = jdbc.sql("""
                select id, tenant_id, shop_id, number, market, channel, priority, created_at, sla_breaches, sla_warnings
                  from ticket where id = :id
                """)
                .param("id", ticketId)
                .query((rs, n) -> new Ticket(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getObject("shop_id", UUID.class), rs.getLong("number"), rs.getString("market"),
                        Channel.valueOf(rs.getString("channel")), Priority.valueOf(rs.getString("priority")),
                        TicketRow.instant(rs, "created_at"), set(TicketQueries.strings(rs.getArray("sla_breaches"))),
                        set(TicketQueries.strings(rs.getArray("sla_warnings")))))
                .single();
        SlaState state = rulesOf.apply(ticket.tenant()).evaluate(new ShopId(ticket.shop()), ticket.market(),
                ticket.channel(), ticket.priority(), timeline(ticket), now);

        Set<String> breaches = new LinkedHashSet<>(ticket.breaches());
        Set<String> warnings = new LinkedHashSet<>(ticket.warnings());
        List<SlaAlarm> alarms = new ArrayList<>();
        for (SlaMetric metric : state.metrics()) {
            if (metric.breached() && breaches.add(metric.kind().name())) {
                alarms.add(alarm(ticket, metric, 100));
            }
            else if (metric.warnedPercent() > 0 && !metric.breached()
                    && warnings.add(metric.kind().name() + ":" + metric.warnedPercent())) {
                alarms.add(alarm(ticket, metric, metric.warnedPercent()));
            }
        }
        Instant slaDue = state.metrics().stream()
                .filter(TicketClocks::waiting)
                .map(SlaMetric::dueAt).min(Instant::compareTo).orElse(null);
        jdbc.sql("""
                update ticket
                   set first_response_due_at = coalesce(:first, first_response_due_at),
                       next_response_due_at = :next,
                       resolution_due_at = coalesce(:resolution, resolution_due_at),
                       platform_response_due_at = :platform,
                       sla_due_at = :due, sla_next_check_at = :check,
                       sla_breaches = :breaches, sla_warnings = :warnings
                 where id = :id
                """)
                .param("first", due(state, SlaMetric.Kind.FIRST_RESPONSE))
                .param("next", running(state, SlaMetric.Kind.NEXT_RESPONSE))
                .param("resolution", due(state, SlaMetric.Kind.RESOLUTION))
                .param("platform", running(state, SlaMetric.Kind.PLATFORM_RESPONSE))
                .param("due", slaDue == null ? null : Timestamp.from(slaDue))
                .param("check", state.nextCheckAt() == null ? null : Timestamp.from(state.nextCheckAt()))
                .param("breaches", breaches.toArray(String[]::new))
                .param("warnings", warnings.toArray(String[]::new))
                .param("id", ticket.id())
                .update();
        for (SlaAlarm alarm : alarms) {
            raise(ticket, alarm, now);
        }
        return state;
    }

    private void raise(Ticket ticket, SlaAlarm alarm, Instant now) {
        history.record(ticket.tenant(), ticket.id(), now, "desk", alarm.breach() ? "sla-breach" : "sla-warning",
                alarm.metric(), alarm.percent(), alarm.dueAt() == null ? null : "due " + alarm.dueAt());
        Priority raised = alarm.breach() ? Priority.URGENT : alarm.percent() >= 90 ? Priority.HIGH : null;
        if (raised != null && raised.ordinal() < ticket.priority().ordinal()) {
            jdbc.sql("update ticket set priority = :priority where id = :id and priority = :was")
                    .param("priority", raised.name()).param("id", ticket.id()).param("was", ticket.priority().name())
                    .update();
            history.record(ticket.tenant(), ticket.id(), now, "desk", "priority", ticket.priority(), raised,
                    alarm.metric() + " at " + alarm.percent() + " %");
        }
        events.publishEvent(alarm);
        events.publishEvent(new TicketChanged(new TenantId(ticket.tenant()), new TicketId(ticket.id()), ticket.market(), "sla"));
    }

    private static SlaAlarm alarm(Ticket ticket, SlaMetric metric, int percent) {
        return new SlaAlarm(new TenantId(ticket.tenant()), new TicketId(ticket.id()), ticket.number(), ticket.market(),
                metric.kind(), percent, metric.dueAt());
    }

    /** The ticket as the clocks see it: status changes from its history, buyer messages, agents' replies. */
    private TicketTimeline timeline(Ticket ticket) {
        List<TicketTimeline.StatusChange> changes = jdbc.sql("""
                select at, to_value from ticket_event
                 where ticket_id = :id and action in ('status', 'reopened') and to_value is not null
                 order by at, id
                """)
                .param("id", ticket.id())
                .query((rs, n) -> new TicketTimeline.StatusChange(TicketRow.instant(rs, "at"),
                        TicketStatus.valueOf(rs.getString("to_value"))))
                .list();
        List<Instant> buyer = new ArrayList<>();
        List<Instant> agents = new ArrayList<>();
        jdbc.sql("""
                select kind, at from ticket_message
                 where ticket_id = :id and (kind = 'INBOUND' or kind = 'REPLY' and author_name is distinct from 'desk')
                """)
                .param("id", ticket.id())
                .query(rs -> {
                    (rs.getString("kind").equals("INBOUND") ? buyer : agents).add(TicketRow.instant(rs, "at"));
                });
        return new TicketTimeline(ticket.createdAt(), ticket.channel(), changes, buyer, agents);
    }

    private static Timestamp due(SlaState state, SlaMetric.Kind kind) {
        return state.metric(kind).map(SlaMetric::dueAt).filter(Objects::nonNull).map(Timestamp::from).orElse(null);
    }

    private static Timestamp running(SlaState state, SlaMetric.Kind kind) {
        return state.metric(kind).filter(TicketClocks::waiting).map(SlaMetric::dueAt).map(Timestamp::from).orElse(null);
    }

    /** A clock someone still owes an answer to: running, or breached and not yet stopped (overdue). */
    private static boolean waiting(SlaMetric metric) {
        return metric.dueAt() != null && metric.stoppedAt() == null
                && (metric.state() == SlaMetric.State.RUNNING || metric.state() == SlaMetric.State.BREACHED);
    }

    private static Set<String> set(List<String> values) {
        return new LinkedHashSet<>(values);
    }

    private record Ticket(UUID id, UUID tenant, UUID shop, long number, String market, Channel channel, Priority priority,
                          Instant createdAt, Set<String> breaches, Set<String> warnings) {
    }
}
