package org.aftercare.logistics.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentProgress;
import org.aftercare.logistics.TrackingEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Derives the status, sub-status, last scan and milestone times of shipments from their whole
 * event history, inside PostgreSQL and for a whole batch in one statement. It computes exactly
 * what {@link org.aftercare.logistics.ShipmentProgress#derivedFrom} computes: each milestone at
 * its first time, status and location of the latest event by (event time, journey order, event
 * id). Unmapped and future-dated events do not count.
 *
 * <p>Because that state is a fold — the latest event wins, each milestone keeps its earliest
 * time — new events can also {@link #advance advance} it without reading the history again: the
 * progress of the new events alone is merged into the stored state. Only when the newest new event
 * is exactly as old as the stored latest one does the order need the older event's milestone and
 * id; those shipments are derived from their whole history.
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
             where s.id = any(:shipments) and s.id = d.shipment_id
            """;

    /**
     * Merges the progress of a shipment's new events into its stored state. The comparisons read the
     * row as it is when updated, so two batches for one shipment committing at once both count.
     * Shipments whose stored latest event has the same time as the new one are left out (not
     * returned) for a full derivation. {@code s.id = any(:ids)} is there for the planner, which
     * otherwise joins the unnested rows to the whole shipment table by a hash of every row.
     */
    private static final String ADVANCE = """
            update shipment s
               set status = case when s.last_event_at is null or d.last_event_at > s.last_event_at
                                 then d.status else s.status end,
                   sub_status = case when s.last_event_at is null or d.last_event_at > s.last_event_at
                                     then d.sub_status else s.sub_status end,
                   last_location = case when s.last_event_at is null or d.last_event_at > s.last_event_at
                                        then d.last_location else s.last_location end,
                   last_event_at = greatest(s.last_event_at, d.last_event_at),
                   picked_up_at = least(s.picked_up_at, d.picked_up_at),
                   export_customs_at = least(s.export_customs_at, d.export_customs_at),
                   departed_origin_at = least(s.departed_origin_at, d.departed_origin_at),
                   arrived_destination_at = least(s.arrived_destination_at, d.arrived_destination_at),
                   import_customs_started_at = least(s.import_customs_started_at, d.import_customs_started_at),
                   import_customs_cleared_at = least(s.import_customs_cleared_at, d.import_customs_cleared_at),
                   last_mile_handover_at = least(s.last_mile_handover_at, d.last_mile_handover_at),
                   out_for_delivery_at = least(s.out_for_delivery_at, d.out_for_delivery_at),
                   first_attempt_at = least(s.first_attempt_at, d.first_attempt_at),
                   delivered_at = least(s.delivered_at, d.delivered_at),
                   returned_at = least(s.returned_at, d.returned_at),
                   updated_at = :now
              from unnest(:ids, :lastEventAt, :statuses, :subStatuses, :locations, :pickedUp, :exportCustoms,
                          :departedOrigin, :arrivedDestination, :importCustomsStarted, :importCustomsCleared,
                          :lastMileHandover, :outForDelivery, :firstAttempt, :delivered, :returned)
                   as d (id, last_event_at, status, sub_status, last_location, picked_up_at, export_customs_at,
                         departed_origin_at, arrived_destination_at, import_customs_started_at,
                         import_customs_cleared_at, last_mile_handover_at, out_for_delivery_at, first_attempt_at,
                         delivered_at, returned_at)
             where s.id = any(:ids) and s.id = d.id and s.last_event_at is distinct from d.last_event_at
            returning s.id
            """;

    /** The milestones with a column of their own, in the order of ADVANCE's parameters. */
    private static final List<Milestone> MILESTONE_COLUMNS = List.of(Milestone.PICKED_UP, Milestone.EXPORT_CUSTOMS,
            Milestone.DEPARTED_ORIGIN, Milestone.ARRIVED_DESTINATION, Milestone.IMPORT_CUSTOMS_STARTED,
            Milestone.IMPORT_CUSTOMS_CLEARED, Milestone.LAST_MILE_HANDOVER, Milestone.OUT_FOR_DELIVERY,
            Milestone.DELIVERY_ATTEMPT, Milestone.DELIVERED, Milestone.RETURNED);

    private static final List<String> MILESTONE_PARAMETERS = List.of("pickedUp", "exportCustoms", "departedOrigin",
            "arrivedDestination", "importCustomsStarted", "importCustomsCleared", "lastMileHandover", "outForDelivery",
            "firstAttempt", "delivered", "returned");

    private static final Object[] JOURNEY = Arrays.stream(Milestone.values()).map(Enum::name).toArray();

    private final JdbcClient jdbc;

    ShipmentState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Advances each shipment's state by its new events (counted ones only: mapped, not
     * future-dated); a shipment the merge cannot decide is derived from its whole history.
     */
    public void advance(Map<UUID, List<TrackingEvent>> newEvents, Instant now) {
        if (newEvents.isEmpty()) {
            return;
        }
        int n = newEvents.size();
        Object[] ids = new Object[n];
        Object[] lastEventAt = new Object[n];
        Object[] statuses = new Object[n];
        Object[] subStatuses = new Object[n];
        Object[] locations = new Object[n];
        Object[][] milestones = new Object[MILESTONE_COLUMNS.size()][n];
        int i = 0;
        for (Map.Entry<UUID, List<TrackingEvent>> shipment : newEvents.entrySet()) {
            ShipmentProgress progress = ShipmentProgress.derivedFrom(shipment.getValue());
            ids[i] = shipment.getKey();
            lastEventAt[i] = Timestamp.from(progress.lastEventAt());
            statuses[i] = progress.status().name();
            subStatuses[i] = progress.subStatus() == null ? null : progress.subStatus().name();
            locations[i] = progress.lastLocation();
            for (int m = 0; m < MILESTONE_COLUMNS.size(); m++) {
                Instant reached = progress.reached(MILESTONE_COLUMNS.get(m));
                milestones[m][i] = reached == null ? null : Timestamp.from(reached);
            }
            i++;
        }
        JdbcClient.StatementSpec update = jdbc.sql(ADVANCE)
                .param("now", Timestamp.from(now))
                .param("ids", new SqlArrayValue("uuid", ids))
                .param("lastEventAt", new SqlArrayValue("timestamptz", lastEventAt))
                .param("statuses", new SqlArrayValue("text", statuses))
                .param("subStatuses", new SqlArrayValue("text", subStatuses))
                .param("locations", new SqlArrayValue("text", locations));
        for (int m = 0; m < MILESTONE_COLUMNS.size(); m++) {
            update = update.param(MILESTONE_PARAMETERS.get(m), new SqlArrayValue("timestamptz", milestones[m]));
        }
        Set<UUID> undecided = new HashSet<>(newEvents.keySet());
        update.query(UUID.class).list().forEach(undecided::remove);
        derive(undecided, now);
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
