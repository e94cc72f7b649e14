package org.aftercare.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the deadlines of cases not yet sent (open, or rejected and waiting for a resubmission):
 * at the warning mark the priority goes to HIGH, at the escalation mark to URGENT and managers are
 * told ({@link CaseEscalated}). Each mark fires once per case, in one statement for all tenants.
 */
@Component
public class DeadlineSweep {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineSweep(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What one sweep did. */
    public record Result(int warned, int escalated) {
    }

    @Scheduled(fixedDelayString = "${aftercare.cases.sweep-every:PT5M}", initialDelayString = "PT1M")
    @Transactional
    public Result sweep() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Marked> escalated = jdbc.sql("""
                        update dispute_case
                        set escalated_at = :now, warned_at = coalesce(warned_at, :now), priority = 'URGENT', updated_at = :now
                        where closed_at is null and escalated_at is null and status in ('OPEN', 'REJECTED')
                          and escalate_at <= :now
                        returning id, tenant_id, number, type, market, deadline_at
                        """)
                .param("now", now).query((rs, row) -> new Marked(rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class), rs.getLong("number"), rs.getString("type"),
                        rs.getString("market"), rs.getTimestamp("deadline_at").toInstant()))
                .list();
        List<Marked> warned = jdbc.sql("""
                        update dispute_case
                        set warned_at = :now, priority = case when priority = 'NORMAL' then 'HIGH' else priority end,
                            updated_at = :now
                        where closed_at is null and warned_at is null and status in ('OPEN', 'REJECTED')
                          and warn_at <= :now
                        returning id, tenant_id, number, type, market, deadline_at
                        """)
                .param("now", now).query((rs, row) -> new Marked(rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class), rs.getLong("number"), rs.getString("type"),
                        rs.getString("market"), rs.getTimestamp("deadline_at").toInstant()))
                .list();
        history(warned, "DEADLINE_WARNING", now);
        history(escalated, "DEADLINE_ESCALATED", now);
        for (Marked m : escalated) {
            events.publishEvent(new CaseEscalated(new TenantId(m.tenant()), new CaseId(m.id()), m.number(),
                    CaseType.valueOf(m.type()), m.market(), m.deadlineAt()));
        }
        return new Result(warned.size(), escalated.size());
    }

    private record Marked(UUID id, UUID tenant, long number, String type, String market, Instant deadlineAt) {
    }

    private void history(List<Marked> marked, String kind, Timestamp now) {
        if (marked.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into case_event (tenant_id, case_id, at, actor, kind, detail)
                        select c.tenant_id, c.id, :now, 'system', :kind, 'due ' || c.deadline_at
                        from dispute_case c where c.id = any(:ids)
                        """)
                .param("now", now).param("kind", kind)
                .param("ids", marked.stream().map(Marked::id).toArray(UUID[]::new))
                .update();
    }
}
