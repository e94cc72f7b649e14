package org.aftercare.logistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.aftercare.logistics.ingest.ShipmentState;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a provider's raw carrier statuses read in our vocabulary, editable per tenant. Raw statuses
 * no mapping knows are kept on their events with no status and listed by {@link #unmapped}; once
 * mapped, those stored events are mapped too, their shipments derived again and
 * {@link ShipmentsUpdated} published, so monitoring assesses them at once.
 */
@Service
public class StatusMappings {

    static final int MAX_PROVIDER = 32;
    static final int MAX_RAW_STATUS = 128;

    private final JdbcClient jdbc;
    private final ShipmentState state;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    StatusMappings(JdbcClient jdbc, ShipmentState state, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.state = state;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A raw status that arrived with no mapping, and how often. Times are when Aftercare received it. */
    public record Unmapped(String provider, String rawStatus, long events, Instant firstSeen, Instant lastSeen,
                           String exampleDescription) {
    }

    /**
     * One mapping.
     *
     * @param standard shipped with Aftercare (applies to every tenant without a mapping of its own)
     */
    public record Mapping(String provider, String rawStatus, TrackingStatus status, SubStatus subStatus,
                          Milestone milestone, boolean standard, Instant updatedAt, String updatedBy) {
    }

    /** What saving a mapping changed. */
    public record Saved(Mapping mapping, int eventsRemapped, List<ShipmentId> shipmentsUpdated) {
    }

    /** The tenant's unmapped raw statuses, most frequent first. */
    public List<Unmapped> unmapped(TenantId tenant) {
        return jdbc.sql("""
                select provider, raw_status, count(*) as events,
                       min(received_at) as first_seen, max(received_at) as last_seen,
                       (array_agg(description order by received_at desc) filter (where description is not null))[1]
                           as example
                  from tracking_event
                 where tenant_id = :tenant and status is null
                 group by provider, raw_status
                 order by events desc, provider, raw_status
                """)
                .param("tenant", tenant.value())
                .query((rs, row) -> new Unmapped(rs.getString("provider"), rs.getString("raw_status"),
                        rs.getLong("events"), rs.getTimestamp("first_seen").toInstant(),
                        rs.getTimestamp("last_seen").toInstant(), rs.getString("example")))
                .list();
    }

    /** The mappings in force for the tenant: its own, and the shipped defaults it has not replaced. */
    public List<Mapping> mappings(TenantId tenant) {
        return jdbc.sql("""
                select distinct on (provider, raw_status) *
                  from status_mapping
                 where tenant_id = :tenant or tenant_id is null
                 order by provider, raw_status, tenant_id nulls last
                """)
                .param("tenant", tenant.value())
                .query(StatusMappings::mapping)
                .list();
    }

    /**
     * Maps a provider's raw status for this tenant (replacing its earlier mapping or the default),
     * and applies it to the events already stored: those that had no status and those an earlier
     * mapping had set. Statuses a source gave itself are left alone.
     */
    @Transactional
    public Saved save(TenantId tenant, String provider, String rawStatus, TrackingStatus status, SubStatus subStatus,
                      Milestone milestone, String actor) {
        String p = required("provider", provider, MAX_PROVIDER).toLowerCase();
        String raw = required("rawStatus", rawStatus, MAX_RAW_STATUS);
        if (status == null) {
            throw new IllegalArgumentException("status: required");
        }
        Instant now = clock.instant();
        Mapping saved = jdbc.sql("""
                insert into status_mapping (id, tenant_id, provider, raw_status, status, sub_status, milestone,
                                            updated_at, updated_by)
                values (:id, :tenant, :provider, :raw, :status, :subStatus, :milestone, :now, :actor)
                on conflict (tenant_id, provider, raw_status) do update
                   set status = excluded.status, sub_status = excluded.sub_status, milestone = excluded.milestone,
                       updated_at = excluded.updated_at, updated_by = excluded.updated_by
                returning *
                """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenant.value())
                .param("provider", p)
                .param("raw", raw)
                .param("status", status.name())
                .param("subStatus", subStatus == null ? null : subStatus.name())
                .param("milestone", milestone == null ? null : milestone.name())
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .query(StatusMappings::mapping)
                .single();
        List<UUID> touched = jdbc.sql("""
                update tracking_event
                   set status = :status, sub_status = :subStatus, milestone = :milestone, mapped = true
                 where tenant_id = :tenant and provider = :provider and raw_status = :raw
                   and (status is null or mapped)
                returning shipment_id
                """)
                .param("tenant", tenant.value())
                .param("provider", p)
                .param("raw", raw)
                .param("status", status.name())
                .param("subStatus", subStatus == null ? null : subStatus.name())
                .param("milestone", milestone == null ? null : milestone.name())
                .query((rs, row) -> rs.getObject("shipment_id", UUID.class))
                .list();
        List<UUID> shipments = touched.stream().filter(Objects::nonNull).distinct().toList();
        state.derive(shipments, now);
        List<ShipmentId> updated = shipments.stream().map(ShipmentId::new).toList();
        if (!updated.isEmpty()) {
            publisher.publishEvent(new ShipmentsUpdated(tenant, updated));
        }
        return new Saved(saved, touched.size(), updated);
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (value.strip().length() > maxLength) {
            throw new IllegalArgumentException(field + ": longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    private static Mapping mapping(ResultSet rs, int row) throws SQLException {
        String sub = rs.getString("sub_status");
        String milestone = rs.getString("milestone");
        return new Mapping(rs.getString("provider"), rs.getString("raw_status"),
                TrackingStatus.valueOf(rs.getString("status")), sub == null ? null : SubStatus.valueOf(sub),
                milestone == null ? null : Milestone.valueOf(milestone), rs.getObject("tenant_id") == null,
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
