package org.aftercare.monitoring.watch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Each active shipment's next due time. The sweep reads only rows that are due, through a partial
 * index, and locks them with SKIP LOCKED so instances sweeping at once never take the same row.
 */
@Repository
class WatchStore {

    private final JdbcClient jdbc;

    WatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Due(UUID shipment, UUID tenant) {
    }

    List<Due> takeDue(Instant now, int limit) {
        return jdbc.sql("""
                select shipment_id, tenant_id
                  from shipment_watch
                 where due_at <= :now
                 order by due_at
                 limit :limit
                   for update skip locked
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new Due(rs.getObject("shipment_id", UUID.class), rs.getObject("tenant_id", UUID.class)))
                .list();
    }

    /**
     * Locks the watch rows of these shipments (creating missing ones), in id order. Whoever
     * assesses a shipment holds its row, so two assessments of one shipment — the sweep and an
     * update, or two updates — run one after the other, and the later one reads the newer state
     * and corrects what the earlier one raised. The sweep already holds its rows; taking them again
     * costs nothing.
     */
    void lock(UUID tenant, List<UUID> shipments, Instant now) {
        jdbc.sql("""
                insert into shipment_watch (shipment_id, tenant_id, due_at, assessed_at)
                select s, :tenant, null, :now from unnest(:shipments) as s
                on conflict (shipment_id) do nothing
                """)
                .param("tenant", tenant)
                .param("now", Timestamp.from(now))
                .param("shipments", new SqlArrayValue("uuid", shipments.toArray()))
                .update();
        jdbc.sql("select shipment_id from shipment_watch where shipment_id = any(:shipments) order by shipment_id for update")
                .param("shipments", new SqlArrayValue("uuid", shipments.toArray()))
                .query(UUID.class)
                .list();
    }

    /** Records the next due time of each shipment (null: nothing can fire any more). */
    void schedule(UUID tenant, List<UUID> shipments, List<Instant> dueAt, Instant now) {
        if (shipments.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into shipment_watch (shipment_id, tenant_id, due_at, assessed_at)
                select s, :tenant, d, :now from unnest(:shipments, :dues) as w (s, d)
                on conflict (shipment_id) do update set due_at = excluded.due_at, assessed_at = excluded.assessed_at
                """)
                .param("tenant", tenant)
                .param("now", Timestamp.from(now))
                .param("shipments", new SqlArrayValue("uuid", shipments.toArray()))
                .param("dues", new SqlArrayValue("timestamptz",
                        dueAt.stream().map(d -> d == null ? null : Timestamp.from(d)).toArray()))
                .update();
    }
}
