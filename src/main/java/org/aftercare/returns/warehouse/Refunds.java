package org.aftercare.returns.warehouse;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.shared.Money;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refund records (amount in the order's currency, method, status, platform reference), marking
 * one paid, and the cash-flow view (R7): per day (UTC) and currency, what was queued, what was
 * paid, and what was still pending at the end of the day.
 */
@Service
public class Refunds {

    static final Set<String> STATUSES = Set.of("QUEUED", "PAID", "FAILED", "CANCELLED");
    private static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final Clock clock;

    Refunds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Refund(UUID id, UUID returnId, Long returnNumber, UUID order, Money amount, String method,
                         String status, String trigger, String platformReference, String reason, Instant createdAt,
                         Instant paidAt) {
    }

    public record CashFlowDay(LocalDate day, String currency, BigDecimal queued, BigDecimal paid, BigDecimal pending) {
    }

    /** Refunds created from {@code from} to {@code to} (days in UTC, both included), newest first. */
    public List<Refund> list(Actor actor, String status, LocalDate from, LocalDate to) {
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status: one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        return query(actor, status, from, to, null);
    }

    private List<Refund> query(Actor actor, String status, LocalDate from, LocalDate to, UUID id) {
        return jdbc.sql("""
                        select f.*, r.number as return_number
                          from refund f
                          left join return_request r on r.id = f.return_id
                         where f.tenant_id = :tenant
                           and (cast(:id as uuid) is null or f.id = :id)
                           and (cast(:status as text) is null or f.status = :status)
                           and (cast(:from as date) is null or f.created_at >= cast(:from as date) at time zone 'UTC')
                           and (cast(:to as date) is null or f.created_at < (cast(:to as date) + 1) at time zone 'UTC')
                           and (cardinality(cast(:markets as text[])) = 0 or r.market = any(cast(:markets as text[])))
                         order by f.created_at desc, f.id
                         limit 1000
                        """)
                .param("tenant", actor.tenant().value()).param("status", status).param("from", from).param("to", to)
                .param("id", id).param("markets", actor.markets().toArray(String[]::new))
                .query((rs, row) -> new Refund((UUID) rs.getObject("id"), (UUID) rs.getObject("return_id"),
                        (Long) rs.getObject("return_number"), (UUID) rs.getObject("order_id"),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("method"),
                        rs.getString("status"), rs.getString("trigger"), rs.getString("platform_reference"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("paid_at") == null ? null : rs.getTimestamp("paid_at").toInstant()))
                .list();
    }

    public Refund get(Actor actor, UUID id) {
        return query(actor, null, null, null, id).stream().findFirst()
                .orElseThrow(() -> new NotFound("Refund", id));
    }

    /**
     * Marks a queued refund paid under the platform's reference. The same reference again changes
     * nothing; another reference, or a cancelled refund, is a conflict. A return whose refunds are
     * all settled is CLOSED.
     */
    @Transactional
    public Refund paid(Actor actor, UUID id, String platformReference) {
        actor.requireWrite();
        String reference = ReturnWarehouses.required("platformReference", platformReference, 200);
        record Row(String status, String reference, UUID returnId) {
        }
        Row row = jdbc.sql("select status, platform_reference, return_id from refund where tenant_id = :tenant and id = :id for update")
                .param("tenant", actor.tenant().value()).param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), (UUID) rs.getObject(3)))
                .optional().orElseThrow(() -> new NotFound("Refund", id));
        get(actor, id); // within the actor's markets
        if (row.status().equals("PAID")) {
            if (reference.equals(row.reference())) {
                return get(actor, id);
            }
            throw new ReceivingConflict("platformReference", "refund %s was paid already under %s".formatted(id, row.reference()));
        }
        if (!row.status().equals("QUEUED")) {
            throw new ReceivingConflict("status", "refund %s is %s; only a QUEUED refund is paid".formatted(id, row.status()));
        }
        Instant now = clock.instant();
        jdbc.sql("update refund set status = 'PAID', platform_reference = :reference, paid_at = :now where tenant_id = :tenant and id = :id")
                .param("reference", reference).param("now", Timestamp.from(now))
                .param("tenant", actor.tenant().value()).param("id", id).update();
        if (row.returnId() != null) {
            jdbc.sql("""
                            update return_request set status = 'CLOSED', updated_at = :now
                             where tenant_id = :tenant and id = :id and status = 'REFUND_QUEUED'
                               and not exists (select 1 from refund where tenant_id = :tenant and return_id = :id and status = 'QUEUED')
                            """)
                    .param("now", Timestamp.from(now)).param("tenant", actor.tenant().value()).param("id", row.returnId())
                    .update();
        }
        return get(actor, id);
    }

    /** Days with any refund activity or pending amount, from..to (UTC days, at most a year). */
    public List<CashFlowDay> cashFlow(Actor actor, LocalDate from, LocalDate to) {
        if (from == null) {
            throw new IllegalArgumentException("from: required (yyyy-MM-dd)");
        }
        if (to == null) {
            throw new IllegalArgumentException("to: required (yyyy-MM-dd)");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: " + to + " is before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("to: at most " + MAX_DAYS + " days from " + from);
        }
        return jdbc.sql("""
                        with day as (
                            select cast(d as date) as day,
                                   cast(d as timestamp) at time zone 'UTC' as starts,
                                   cast(d + interval '1 day' as timestamp) at time zone 'UTC' as ends
                              from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as d
                        ),
                        counted as (
                            select f.* from refund f
                              left join return_request r on r.id = f.return_id
                             where f.tenant_id = :tenant and f.status <> 'CANCELLED'
                               and f.created_at < (cast(:to as date) + 1) at time zone 'UTC'
                               and (cardinality(cast(:markets as text[])) = 0 or r.market = any(cast(:markets as text[])))
                        )
                        select day.day, f.currency,
                               coalesce(sum(f.amount) filter (where f.created_at >= day.starts and f.created_at < day.ends), 0) as queued,
                               coalesce(sum(f.amount) filter (where f.paid_at >= day.starts and f.paid_at < day.ends), 0) as paid,
                               coalesce(sum(f.amount) filter (where f.status <> 'FAILED' and f.created_at < day.ends
                                                                and (f.paid_at is null or f.paid_at >= day.ends)), 0) as pending
                          from day
                          join counted f on f.created_at < day.ends
                         group by day.day, f.currency
                        having sum(f.amount) filter (where f.created_at >= day.starts and f.created_at < day.ends) is not null
                            or sum(f.amount) filter (where f.paid_at >= day.starts and f.paid_at < day.ends) is not null
                            or sum(f.amount) filter (where f.status <> 'FAILED' and (f.paid_at is null or f.paid_at >= day.ends)) is not null
                         order by day.day, f.currency
                        """)
                .param("tenant", actor.tenant().value()).param("from", from).param("to", to)
                .param("markets", actor.markets().toArray(String[]::new))
                .query((rs, n) -> new CashFlowDay(rs.getDate("day").toLocalDate(), rs.getString("currency"),
                        rs.getBigDecimal("queued"), rs.getBigDecimal("paid"), rs.getBigDecimal("pending")))
                .list();
    }
}
