package org.aftercare.returns.warehouse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns received and graded together (R5): a batch is opened at a warehouse, every scan there
 * joins it, and closing it counts the lines per grade. One open batch per warehouse.
 */
@Service
public class ReceivingBatches {

    private final JdbcClient jdbc;
    private final ReturnWarehouses warehouses;
    private final Clock clock;

    ReceivingBatches(JdbcClient jdbc, ReturnWarehouses warehouses, Clock clock) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /** Counts per grade are lines graded (and their received quantities). */
    public record Batch(UUID id, UUID warehouse, Instant openedAt, String openedBy, Instant closedAt, String closedBy,
                        int returns, int linesToGrade, Map<QcGrade, Integer> lines, Map<QcGrade, Integer> items) {

        public boolean open() {
            return closedAt == null;
        }
    }

    /** Opens a batch at the warehouse, or answers the one already open there. */
    @Transactional
    public Batch open(Actor actor, UUID warehouse) {
        actor.requireWrite();
        warehouses.find(actor.tenant(), warehouse)
                .orElseThrow(() -> new IllegalArgumentException("warehouse: unknown warehouse " + warehouse));
        jdbc.sql("""
                        insert into receiving_batch (id, tenant_id, warehouse_id, opened_at, opened_by)
                        values (:id, :tenant, :warehouse, :now, :by)
                        on conflict (tenant_id, warehouse_id) where closed_at is null do nothing
                        """)
                .param("id", UUID.randomUUID()).param("tenant", actor.tenant().value()).param("warehouse", warehouse)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name()).update();
        return openAt(actor.tenant(), warehouse).orElseThrow();
    }

    /** Closes the batch and counts it; closing a closed batch answers its counts again. */
    @Transactional
    public Batch close(Actor actor, UUID batch) {
        actor.requireWrite();
        get(actor.tenant(), batch);
        jdbc.sql("""
                        update receiving_batch set closed_at = :now, closed_by = :by
                         where tenant_id = :tenant and id = :id and closed_at is null
                        """)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .param("tenant", actor.tenant().value()).param("id", batch).update();
        return get(actor.tenant(), batch);
    }

    public Optional<Batch> openAt(TenantId tenant, UUID warehouse) {
        return jdbc.sql("select id from receiving_batch where tenant_id = :tenant and warehouse_id = :warehouse and closed_at is null")
                .param("tenant", tenant.value()).param("warehouse", warehouse)
                .query(UUID.class).optional()
                .map(id -> get(tenant, id));
    }

    /** The open batch's id at a warehouse, for a scan to join; null when none is open. */
    UUID openBatchId(TenantId tenant, UUID warehouse) {
        return jdbc.sql("select id from receiving_batch where tenant_id = :tenant and warehouse_id = :warehouse and closed_at is null")
                .param("tenant", tenant.value()).param("warehouse", warehouse)
                .query(UUID.class).optional().orElse(null);
    }

    public Batch get(TenantId tenant, UUID batch) {
        Batch head = jdbc.sql("""
                        select b.*,
                               (select count(*) from return_request r where r.tenant_id = b.tenant_id and r.receiving_batch_id = b.id) as returns,
                               (select count(*) from return_request r
                                  join return_line l on l.return_id = r.id
                                  left join return_line_grade g on g.return_id = l.return_id and g.line_no = l.line_no
                                 where r.tenant_id = b.tenant_id and r.receiving_batch_id = b.id and g.grade is null) as to_grade
                          from receiving_batch b
                         where b.tenant_id = :tenant and b.id = :id
                        """)
                .param("tenant", tenant.value()).param("id", batch)
                .query((rs, row) -> new Batch((UUID) rs.getObject("id"), (UUID) rs.getObject("warehouse_id"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("closed_by"), rs.getInt("returns"), rs.getInt("to_grade"),
                        new EnumMap<>(QcGrade.class), new EnumMap<>(QcGrade.class)))
                .optional().orElseThrow(() -> new NotFound("Receiving batch", batch));
        for (QcGrade grade : QcGrade.values()) {
            head.lines().put(grade, 0);
            head.items().put(grade, 0);
        }
        jdbc.sql("""
                        select g.grade, count(*) as lines, sum(g.received_quantity) as items
                          from return_request r
                          join return_line_grade g on g.return_id = r.id
                         where r.tenant_id = :tenant and r.receiving_batch_id = :id
                         group by g.grade
                        """)
                .param("tenant", tenant.value()).param("id", batch)
                .query(rs -> {
                    head.lines().put(QcGrade.valueOf(rs.getString("grade")), rs.getInt("lines"));
                    head.items().put(QcGrade.valueOf(rs.getString("grade")), rs.getInt("items"));
                });
        return head;
    }

    public List<Batch> recent(TenantId tenant, UUID warehouse, int limit) {
        return jdbc.sql("""
                        select id from receiving_batch where tenant_id = :tenant and warehouse_id = :warehouse
                         order by opened_at desc limit :limit
                        """)
                .param("tenant", tenant.value()).param("warehouse", warehouse).param("limit", limit)
                .query(UUID.class).list().stream().map(id -> get(tenant, id)).toList();
    }
}
