package org.aftercare.logistics.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.aftercare.logistics.IncomingEvent;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of incoming events in one statement: each event is linked to its shipment when
 * one is known, its raw status mapped when the source gave no status, and stored once — an event
 * key that is already stored (a redelivery) is skipped by the primary key.
 */
@Repository
public class TrackingEventStore {

    private static final String INSERT = """
            insert into tracking_event (tenant_id, shipment_id, tracking_number, provider, provider_event_id,
                                        occurred_at, occurred_zone, location, raw_status, description,
                                        status, sub_status, milestone, mapped, received_at, future)
            select :tenant, s.id, e.tracking_number, e.provider, e.event_key,
                   e.occurred_at, e.zone, e.location, e.raw_status, e.description,
                   coalesce(e.status, m.status), coalesce(e.sub_status, m.sub_status), coalesce(e.milestone, m.milestone),
                   e.status is null and m.status is not null,
                   :now, e.occurred_at > :futureAfter
              from unnest(:trackingNumbers, :carriers, :providers, :keys, :occurredAt, :zones, :locations,
                          :rawStatuses, :descriptions, :statuses, :subStatuses, :milestones)
                   as e (tracking_number, carrier, provider, event_key, occurred_at, zone, location,
                         raw_status, description, status, sub_status, milestone)
              left join lateral (
                    select c.id
                      from (select id, carrier_code = e.carrier as same_carrier, shipped_at
                              from shipment
                             where tenant_id = :tenant and tracking_number = e.tracking_number
                            union all
                            select id, last_mile_carrier_code = e.carrier, shipped_at
                              from shipment
                             where tenant_id = :tenant and last_mile_tracking_number = e.tracking_number) c
                     order by c.same_carrier desc nulls last, c.shipped_at desc
                     limit 1) s on true
              left join lateral (
                    select status, sub_status, milestone
                      from status_mapping
                     where provider = e.provider and raw_status = e.raw_status
                       and (tenant_id = :tenant or tenant_id is null)
                     order by tenant_id nulls last
                     limit 1) m on e.status is null
            on conflict do nothing
            returning shipment_id, status is null as unmapped, future
            """;

    private final JdbcClient jdbc;

    TrackingEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored (new) event: its shipment if known, whether it still needs a mapping, whether it is future-dated. */
    public record Stored(UUID shipment, boolean unmapped, boolean future) {
    }

    public List<Stored> insert(TenantId tenant, List<IncomingEvent> events, Instant now, Instant futureAfter) {
        return jdbc.sql(INSERT)
                .param("tenant", tenant.value())
                .param("now", Timestamp.from(now))
                .param("futureAfter", Timestamp.from(futureAfter))
                .param("trackingNumbers", texts(events, IncomingEvent::trackingNumber))
                .param("carriers", texts(events, IncomingEvent::carrierCode))
                .param("providers", texts(events, IncomingEvent::provider))
                .param("keys", texts(events, IncomingEvent::eventKey))
                .param("occurredAt", new SqlArrayValue("timestamptz",
                        events.stream().map(e -> Timestamp.from(e.occurredAt())).toArray()))
                .param("zones", texts(events, IncomingEvent::zone))
                .param("locations", texts(events, IncomingEvent::location))
                .param("rawStatuses", texts(events, IncomingEvent::rawStatus))
                .param("descriptions", texts(events, IncomingEvent::description))
                .param("statuses", texts(events, e -> e.status() == null ? null : e.status().name()))
                .param("subStatuses", texts(events, e -> e.subStatus() == null ? null : e.subStatus().name()))
                .param("milestones", texts(events, e -> e.milestone() == null ? null : e.milestone().name()))
                .query((rs, row) -> new Stored(rs.getObject("shipment_id", UUID.class), rs.getBoolean("unmapped"),
                        rs.getBoolean("future")))
                .list();
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
