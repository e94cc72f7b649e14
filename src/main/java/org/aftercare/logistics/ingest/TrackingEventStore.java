package org.aftercare.logistics.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.aftercare.logistics.IncomingEvent;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of incoming events: each event is linked to its shipment when one is known, its
 * raw status mapped when the source gave no status, and stored once — an event key that is
 * already stored (a redelivery) is skipped by the primary key.
 */
@Repository
public class TrackingEventStore {

    private static final String INSERT = """
            insert into tracking_event (tenant_id, shipment_id, tracking_number, provider, provider_event_id,
                                        occurred_at, occurred_zone, location, raw_status, description,
                                        status, sub_status, milestone, mapped, received_at, future)
            select :tenant, e.shipment, e.tracking_number, e.provider, e.event_key,
                   e.occurred_at, e.zone, e.location, e.raw_status, e.description,
                   e.status, e.sub_status, e.milestone, e.mapped, :now, e.occurred_at > :futureAfter
              from unnest(:shipments, :trackingNumbers, :providers, :keys, :occurredAt, :zones, :locations,
                          :rawStatuses, :descriptions, :statuses, :subStatuses, :milestones, :mapped)
                   as e (shipment, tracking_number, provider, event_key, occurred_at, zone, location,
                         raw_status, description, status, sub_status, milestone, mapped)
            on conflict do nothing
            returning shipment_id, status is null as unmapped, future
            """;

    /** The shipments a batch's tracking numbers belong to, as first-mile or last-mile number. */
    private static final String SHIPMENTS = """
            select tracking_number as number, id, carrier_code as carrier, shipped_at
              from shipment
             where tenant_id = :tenant and tracking_number = any(:numbers)
            union all
            select last_mile_tracking_number, id, last_mile_carrier_code, shipped_at
              from shipment
             where tenant_id = :tenant and last_mile_tracking_number = any(:numbers)
            """;

    /** The mappings for a batch's raw statuses; the tenant's own row wins over the shipped default. */
    private static final String MAPPINGS = """
            select distinct on (provider, raw_status) provider, raw_status, status, sub_status, milestone
              from status_mapping
             where (tenant_id = :tenant or tenant_id is null) and raw_status = any(:rawStatuses)
             order by provider, raw_status, tenant_id nulls last
            """;

    private final JdbcClient jdbc;

    TrackingEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored (new) event: its shipment if known, whether it still needs a mapping, whether it is future-dated. */
    public record Stored(UUID shipment, boolean unmapped, boolean future) {
    }

    /**
     * Stores a batch: three statements whatever its size — find the shipments of its tracking
     * numbers, find the mappings of its raw statuses, insert what is new.
     */
    public List<Stored> insert(TenantId tenant, List<IncomingEvent> events, Instant now, Instant futureAfter) {
        Map<String, List<Candidate>> shipments = shipmentsOf(tenant, events);
        Map<String, Mapping> mappings = mappingsOf(tenant, events);
        Object[] shipmentIds = new Object[events.size()];
        Object[] statuses = new Object[events.size()];
        Object[] subStatuses = new Object[events.size()];
        Object[] milestones = new Object[events.size()];
        Object[] mapped = new Object[events.size()];
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent e = events.get(i);
            shipmentIds[i] = shipmentFor(e, shipments.get(e.trackingNumber()));
            Mapping mapping = e.status() == null ? mappings.get(e.provider() + "\u0000" + e.rawStatus()) : null;
            statuses[i] = e.status() != null ? e.status().name() : mapping == null ? null : mapping.status();
            subStatuses[i] = e.subStatus() != null ? e.subStatus().name() : mapping == null ? null : mapping.subStatus();
            milestones[i] = e.milestone() != null ? e.milestone().name() : mapping == null ? null : mapping.milestone();
            mapped[i] = e.status() == null && mapping != null;
        }
        return jdbc.sql(INSERT)
                .param("tenant", tenant.value())
                .param("now", Timestamp.from(now))
                .param("futureAfter", Timestamp.from(futureAfter))
                .param("shipments", new SqlArrayValue("uuid", shipmentIds))
                .param("trackingNumbers", texts(events, IncomingEvent::trackingNumber))
                .param("providers", texts(events, IncomingEvent::provider))
                .param("keys", texts(events, IncomingEvent::eventKey))
                .param("occurredAt", new SqlArrayValue("timestamptz",
                        events.stream().map(e -> Timestamp.from(e.occurredAt())).toArray()))
                .param("zones", texts(events, IncomingEvent::zone))
                .param("locations", texts(events, IncomingEvent::location))
                .param("rawStatuses", texts(events, IncomingEvent::rawStatus))
                .param("descriptions", texts(events, IncomingEvent::description))
                .param("statuses", new SqlArrayValue("text", statuses))
                .param("subStatuses", new SqlArrayValue("text", subStatuses))
                .param("milestones", new SqlArrayValue("text", milestones))
                .param("mapped", new SqlArrayValue("boolean", mapped))
                .query((rs, row) -> new Stored(rs.getObject("shipment_id", UUID.class), rs.getBoolean("unmapped"),
                        rs.getBoolean("future")))
                .list();
    }

    private record Candidate(UUID id, String carrier, Instant shippedAt) {
    }

    private record Mapping(String status, String subStatus, String milestone) {
    }

    private Map<String, List<Candidate>> shipmentsOf(TenantId tenant, List<IncomingEvent> events) {
        Map<String, List<Candidate>> byNumber = new HashMap<>();
        jdbc.sql(SHIPMENTS)
                .param("tenant", tenant.value())
                .param("numbers", new SqlArrayValue("text", events.stream().map(IncomingEvent::trackingNumber).distinct().toArray()))
                .query(rs -> {
                    byNumber.computeIfAbsent(rs.getString("number"), n -> new ArrayList<>()).add(new Candidate(
                            rs.getObject("id", UUID.class), rs.getString("carrier"), rs.getTimestamp("shipped_at").toInstant()));
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
                    mappings.put(rs.getString("provider") + "\u0000" + rs.getString("raw_status"),
                            new Mapping(rs.getString("status"), rs.getString("sub_status"), rs.getString("milestone")));
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

    private static SqlArrayValue texts(List<IncomingEvent> events, Function<IncomingEvent, String> field) {
        return new SqlArrayValue("text", events.stream().map(field).toArray());
    }
}
