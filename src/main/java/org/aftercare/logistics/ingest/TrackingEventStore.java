package org.aftercare.logistics.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.shared.database.CopyRows;
import org.aftercare.shared.database.ForeignKeyChecks;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of incoming events: each event is linked to its shipment when one is known, its
 * raw status mapped when the source gave no status, and stored once — an event key that is
 * already stored (a redelivery) is skipped by the primary key.
 */
@Repository
public class TrackingEventStore {

    /**
     * A batch is first copied into this session's own staging table — COPY is the cheapest way
     * for rows to reach PostgreSQL — then moved into tracking_event in one statement, where the
     * primary key skips what is already stored. The staging table lives as long as the pooled
     * connection and is emptied at each commit.
     */
    private static final String STAGING_TABLE = """
            create temporary table if not exists incoming_tracking_event (
                shipment_id        uuid,
                tracking_number    text,
                provider           text,
                provider_event_id  text,
                occurred_at        timestamptz,
                occurred_zone      text,
                location           text,
                raw_status         text,
                description        text,
                status             text,
                sub_status         text,
                milestone          text,
                mapped             boolean
            ) on commit delete rows
            """;

    private static final String COPY_INCOMING = """
            copy incoming_tracking_event (shipment_id, tracking_number, provider, provider_event_id, occurred_at,
                                          occurred_zone, location, raw_status, description, status, sub_status,
                                          milestone, mapped) from stdin
            """;

    private static final String INSERT = """
            insert into tracking_event (tenant_id, shipment_id, tracking_number, provider, provider_event_id,
                                        occurred_at, occurred_zone, location, raw_status, description,
                                        status, sub_status, milestone, mapped, received_at, future)
            select :tenant, shipment_id, tracking_number, provider, provider_event_id,
                   occurred_at, occurred_zone, location, raw_status, description,
                   status, sub_status, milestone, mapped, :now, occurred_at > :futureAfter
              from incoming_tracking_event
            on conflict do nothing
            returning provider, provider_event_id, future
            """;

    /**
     * The shipments a batch's tracking numbers belong to, as first-mile or last-mile number, locked
     * as the foreign-key check of each event would lock them.
     */
    private static final String SHIPMENTS = """
            select id, tracking_number, carrier_code, last_mile_tracking_number, last_mile_carrier_code, shipped_at
              from shipment
             where tenant_id = :tenant
               and (tracking_number = any(:numbers) or last_mile_tracking_number = any(:numbers))
               for key share
            """;

    /** The mappings for a batch's raw statuses; the tenant's own row wins over the shipped default. */
    private static final String MAPPINGS = """
            select distinct on (provider, raw_status) provider, raw_status, status, sub_status, milestone
              from status_mapping
             where (tenant_id = :tenant or tenant_id is null) and raw_status = any(:rawStatuses)
             order by provider, raw_status, tenant_id nulls last
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    TrackingEventStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * One stored (new) event: the event, its shipment if known, its status, sub-status and
     * milestone as given or as mapped (status null: no mapping yet), and whether it is future-dated.
     */
    public record Stored(IncomingEvent event, String eventKey, UUID shipment, TrackingStatus status, SubStatus subStatus,
                         Milestone milestone, boolean future) {

        public boolean unmapped() {
            return status == null;
        }
    }

    /**
     * Stores a batch: find (and lock) the shipments of its tracking numbers, find the mappings of its
     * raw statuses, COPY it into the staging table, insert what is new. The same few statements
     * whatever its size.
     */
    public List<Stored> insert(TenantId tenant, List<IncomingEvent> events, Instant now, Instant futureAfter) {
        Map<String, List<Candidate>> shipments = shipmentsOf(tenant, events);
        Map<String, Mapping> mappings = mappingsOf(tenant, events);
        List<Stored> resolved = new ArrayList<>(events.size());
        Map<String, Stored> byKey = new HashMap<>(events.size() * 2);
        for (IncomingEvent e : events) {
            Mapping mapping = e.status() == null ? mappings.get(e.provider() + "\u0000" + e.rawStatus()) : null;
            String key = e.eventKey();
            UUID shipment = shipmentFor(e, shipments.get(e.trackingNumber()));
            Stored stored = mapping == null
                    ? new Stored(e, key, shipment, e.status(), e.subStatus(), e.milestone(), false)
                    : new Stored(e, key, shipment, mapping.status(), mapping.subStatus(), mapping.milestone(), false);
            resolved.add(stored);
            // Within a batch, the first of two events with one key is the one stored.
            byKey.putIfAbsent(e.provider() + "\u0000" + key, stored);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copyIntoStaging(connection, resolved);
            lockTenant(tenant);
            // Every shipment id was read and locked above, and the tenant just now, as the
            // foreign-key triggers would: they are skipped for this insert (docs/decisions/005).
            return ForeignKeyChecks.skippedFor(connection, () -> jdbc.sql(INSERT)
                    .param("tenant", tenant.value())
                    .param("now", Timestamp.from(now))
                    .param("futureAfter", Timestamp.from(futureAfter))
                    .query((rs, row) -> {
                        Stored s = byKey.get(rs.getString("provider") + "\u0000" + rs.getString("provider_event_id"));
                        return new Stored(s.event(), s.eventKey(), s.shipment(), s.status(), s.subStatus(), s.milestone(),
                                rs.getBoolean("future"));
                    })
                    .list());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Storing " + events.size() + " tracking events failed: " + e.getMessage(), e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void lockTenant(TenantId tenant) {
        if (jdbc.sql("select id from tenant where id = :tenant for key share").param("tenant", tenant.value())
                .query(UUID.class).optional().isEmpty()) {
            throw new IllegalArgumentException("tenant: no tenant " + tenant.value());
        }
    }

    private void copyIntoStaging(Connection connection, List<Stored> events) throws SQLException {
        jdbc.sql(STAGING_TABLE).update();
        try (CopyRows rows = CopyRows.into(connection, COPY_INCOMING)) {
            for (Stored s : events) {
                IncomingEvent e = s.event();
                rows.uuid(s.shipment()).text(e.trackingNumber()).text(e.provider()).text(s.eventKey())
                        .instant(e.occurredAt()).text(e.zone()).text(e.location()).text(e.rawStatus())
                        .text(e.description()).text(name(s.status())).text(name(s.subStatus())).text(name(s.milestone()))
                        .bool(e.status() == null && s.status() != null)
                        .endRow();
            }
            rows.finish();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private record Candidate(UUID id, String carrier, Instant shippedAt) {
    }

    private record Mapping(TrackingStatus status, SubStatus subStatus, Milestone milestone) {
    }

    private Map<String, List<Candidate>> shipmentsOf(TenantId tenant, List<IncomingEvent> events) {
        Set<String> numbers = new HashSet<>();
        events.forEach(e -> numbers.add(e.trackingNumber()));
        Map<String, List<Candidate>> byNumber = new HashMap<>();
        jdbc.sql(SHIPMENTS)
                .param("tenant", tenant.value())
                .param("numbers", new SqlArrayValue("text", numbers.toArray()))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Instant shippedAt = rs.getTimestamp("shipped_at").toInstant();
                    String number = rs.getString("tracking_number");
                    String lastMileNumber = rs.getString("last_mile_tracking_number");
                    if (numbers.contains(number)) {
                        byNumber.computeIfAbsent(number, n -> new ArrayList<>())
                                .add(new Candidate(id, rs.getString("carrier_code"), shippedAt));
                    }
                    if (lastMileNumber != null && numbers.contains(lastMileNumber)) {
                        byNumber.computeIfAbsent(lastMileNumber, n -> new ArrayList<>())
                                .add(new Candidate(id, rs.getString("last_mile_carrier_code"), shippedAt));
                    }
                });
        return byNumber;
    }

    private Map<String, Mapping> mappingsOf(TenantId tenant, List<IncomingEvent> events) {
        Object[] raw = events.stream().filter(e -> e.status() == null).map(IncomingEvent::rawStatus).distinct().toArray();
        Map<String, Mapping> mappings = new HashMap<>();
        if (raw.length == 0) {
            return mappings;
        }
        jdbc.sql(MAPPINGS)
                .param("tenant", tenant.value())
                .param("rawStatuses", new SqlArrayValue("text", raw))
                .query(rs -> {
                    String sub = rs.getString("sub_status");
                    String milestone = rs.getString("milestone");
                    mappings.put(rs.getString("provider") + "\u0000" + rs.getString("raw_status"),
                            new Mapping(TrackingStatus.valueOf(rs.getString("status")), sub == null ? null : SubStatus.valueOf(sub),
                                    milestone == null ? null : Milestone.valueOf(milestone)));
                });
        return mappings;
    }

    /** A number reused across carriers goes to the same carrier's shipment, else the latest one. */
    private static UUID shipmentFor(IncomingEvent event, List<Candidate> candidates) {
        if (candidates == null) {
            return null;
        }
        return candidates.stream()
                .max(Comparator.comparing((Candidate c) -> c.carrier() != null && c.carrier().equals(event.carrierCode()))
                        .thenComparing(Candidate::shippedAt))
                .map(Candidate::id)
                .orElse(null);
    }

    /** Links events that arrived before their shipment; returns the shipments that got events. */
    public List<UUID> linkWaiting(TenantId tenant, List<UUID> shipments) {
        return jdbc.sql("""
                update tracking_event e
                   set shipment_id = s.id
                  from shipment s
                 where s.id = any(:shipments) and s.tenant_id = :tenant
                   and e.tenant_id = :tenant and e.shipment_id is null
                   and e.tracking_number in (s.tracking_number, s.last_mile_tracking_number)
                returning s.id
                """)
                .param("tenant", tenant.value())
                .param("shipments", new SqlArrayValue("uuid", shipments.toArray()))
                .query(UUID.class)
                .list()
                .stream().distinct().toList();
    }

}
