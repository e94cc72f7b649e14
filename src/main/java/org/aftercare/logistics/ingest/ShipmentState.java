package org.aftercare.logistics.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

import org.aftercare.logistics.Milestone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Derives the status, sub-status, last scan and milestone times of shipments from their whole
 * event history, inside PostgreSQL and for a whole batch in one statement. It computes exactly
 * what {@link org.aftercare.logistics.ShipmentProgress#derivedFrom} computes: each milestone at
 * its first time, status and location of the latest event by (event time, journey order, event
 * id). Unmapped and future-dated events do not count.
 */
@Repository
public class ShipmentState {

    private static final String DERIVE = """
            with derived as (
                select shipment_id,
                       max(occurred_at) as last_event_at,
                       (array_agg(status order by occurred_at desc, coalesce(array_position(:journey, milestone), 0) desc,
                                  provider_event_id collate "C" desc))[1] as status,
                       (array_agg(sub_status order by occurred_at desc, coalesce(array_position(:journey, milestone), 0) desc,
                                  provider_event_id collate "C" desc))[1] as sub_status,
                       (array_agg(location order by occurred_at desc, coalesce(array_position(:journey, milestone), 0) desc,
                                  provider_event_id collate "C" desc))[1] as last_location,
                       min(occurred_at) filter (where milestone = 'PICKED_UP') as picked_up_at,
                       min(occurred_at) filter (where milestone = 'EXPORT_CUSTOMS') as export_customs_at,
                       min(occurred_at) filter (where milestone = 'DEPARTED_ORIGIN') as departed_origin_at,
                       min(occurred_at) filter (where milestone = 'ARRIVED_DESTINATION') as arrived_destination_at,
                       min(occurred_at) filter (where milestone = 'IMPORT_CUSTOMS_STARTED') as import_customs_started_at,
                       min(occurred_at) filter (where milestone = 'IMPORT_CUSTOMS_CLEARED') as import_customs_cleared_at,
                       min(occurred_at) filter (where milestone = 'LAST_MILE_HANDOVER') as last_mile_handover_at,
                       min(occurred_at) filter (where milestone = 'OUT_FOR_DELIVERY') as out_for_delivery_at,
                       min(occurred_at) filter (where milestone = 'DELIVERY_ATTEMPT') as first_attempt_at,
                       min(occurred_at) filter (where milestone = 'DELIVERED') as delivered_at,
                       min(occurred_at) filter (where milestone = 'RETURNED') as returned_at
                  from tracking_event
                 where shipment_id = any(:shipments) and status is not null and not future
                 group by shipment_id)
            update shipment s
               set status = d.status, sub_status = d.sub_status,
                   last_event_at = d.last_event_at, last_location = d.last_location,
                   picked_up_at = d.picked_up_at, export_customs_at = d.export_customs_at,
                   departed_origin_at = d.departed_origin_at, arrived_destination_at = d.arrived_destination_at,
                   import_customs_started_at = d.import_customs_started_at,
                   import_customs_cleared_at = d.import_customs_cleared_at,
                   last_mile_handover_at = d.last_mile_handover_at, out_for_delivery_at = d.out_for_delivery_at,
                   first_attempt_at = d.first_attempt_at, delivered_at = d.delivered_at, returned_at = d.returned_at,
                   updated_at = :now
              from derived d
             where s.id = d.shipment_id
            """;

    private static final Object[] JOURNEY = Arrays.stream(Milestone.values()).map(Enum::name).toArray();

    private final JdbcClient jdbc;

    ShipmentState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int derive(Collection<java.util.UUID> shipments, Instant now) {
        if (shipments.isEmpty()) {
            return 0;
        }
        return jdbc.sql(DERIVE)
                .param("journey", new SqlArrayValue("text", JOURNEY))
                .param("shipments", new SqlArrayValue("uuid", shipments.toArray()))
                .param("now", Timestamp.from(now))
                .update();
    }
}
