package org.aftercare.monitoring.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.Milestone;
import org.aftercare.monitoring.rules.Leg;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Finds stalled places in one statement, and keeps the incident and incident_member tables in step. */
@Repository
class IncidentStore {

    /**
     * Stalled means: an open STALLED or CUSTOMS_DWELL alert, i.e. silent for longer than the
     * thresholds the seller set for that shop, carrier and lane. A plain "no scan for N hours" would
     * call every container on a long flight or vessel an incident; the alert thresholds already
     * know what is normal on each lane. Only places where at least half of the lane's threshold
     * are stalled are returned — fewer can neither raise nor keep an incident. The leg is the one
     * most of them stalled on, from their latest milestone (an alert's leg is that of when it was
     * raised).
     */
    private static final String STALLED_PLACES = """
            with stalled as (
                select distinct on (s.id) s.tenant_id, s.carrier_code, s.destination_country, s.last_location, s.id,
                       case when s.first_attempt_at is not null then 'DELIVERY_ATTEMPT'
                            when s.out_for_delivery_at is not null then 'OUT_FOR_DELIVERY'
                            when s.last_mile_handover_at is not null then 'LAST_MILE_HANDOVER'
                            when s.import_customs_cleared_at is not null then 'IMPORT_CUSTOMS_CLEARED'
                            when s.import_customs_started_at is not null then 'IMPORT_CUSTOMS_STARTED'
                            when s.arrived_destination_at is not null then 'ARRIVED_DESTINATION'
                            when s.departed_origin_at is not null then 'DEPARTED_ORIGIN'
                            when s.export_customs_at is not null then 'EXPORT_CUSTOMS'
                            when s.picked_up_at is not null then 'PICKED_UP'
                            else 'LABEL_CREATED' end as milestone
                  from alert a
                  join shipment s on s.id = a.shipment_id
                 where a.status <> 'RESOLVED' and a.rule in ('STALLED', 'CUSTOMS_DWELL')
                   and s.delivered_at is null and s.returned_at is null and s.last_location is not null
                 order by s.id
            ), places as (
                select tenant_id, carrier_code, destination_country, last_location as location,
                       count(*) as parcels, array_agg(id order by id) as members,
                       mode() within group (order by milestone) as milestone
                  from stalled
                 group by tenant_id, carrier_code, destination_country, last_location
            ), lanes as (
                select s.tenant_id, s.carrier_code, s.destination_country, count(*) as in_flight
                  from shipment s
                  join (select distinct tenant_id, carrier_code, destination_country from places) p
                       using (tenant_id, carrier_code, destination_country)
                 where s.delivered_at is null and s.returned_at is null and s.status not in ('Delivered', 'Expired')
                 group by s.tenant_id, s.carrier_code, s.destination_country
            ), judged as (
                select p.*, l.in_flight,
                       cast(least(:minParcels, greatest(ceil(:minShare * l.in_flight), ceil(:minParcels / 2.0))) as int)
                           as threshold
                  from places p
                  join lanes l using (tenant_id, carrier_code, destination_country)
            )
            select * from judged where parcels * 2 >= threshold
            """;

    private final JdbcClient jdbc;

    IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this instance may run detection now; another instance running it holds the lock. */
    boolean lock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('aftercare.monitoring.incident-detection'))")
                .query(Boolean.class).single();
    }

    List<StalledPlace> stalledPlaces(int minParcels, double minShare) {
        return jdbc.sql(STALLED_PLACES)
                .param("minParcels", minParcels)
                .param("minShare", minShare)
                .query((rs, row) -> new StalledPlace(rs.getObject("tenant_id", UUID.class), rs.getString("carrier_code"),
                        rs.getString("destination_country"), rs.getString("location"),
                        Leg.after(Milestone.valueOf(rs.getString("milestone"))).name(),
                        rs.getInt("parcels"), Arrays.asList((UUID[]) rs.getArray("members").getArray()),
                        rs.getLong("in_flight"), rs.getInt("threshold")))
                .list();
    }

    /** An open incident refreshed or newly raised. */
    record Upserted(UUID id, boolean raised) {
    }

    /** Raises the place's incident, or refreshes the open one; the unique index makes it one. */
    Upserted raiseOrRefresh(StalledPlace place, Instant now) {
        return jdbc.sql("""
                insert into incident (id, tenant_id, carrier_code, destination_country, location, leg,
                                      first_detected_at, last_detected_at, parcels, status)
                values (:id, :tenant, :carrier, :destination, :location, :leg, :now, :now, :parcels, 'OPEN')
                on conflict (tenant_id, carrier_code, destination_country, location) where status = 'OPEN'
                do update set last_detected_at = excluded.last_detected_at, parcels = excluded.parcels,
                              leg = excluded.leg
                returning id, xmax = 0 as raised
                """)
                .param("id", UUID.randomUUID())
                .param("tenant", place.tenant())
                .param("carrier", place.carrier())
                .param("destination", place.destination())
                .param("location", place.location())
                .param("leg", place.leg())
                .param("now", Timestamp.from(now))
                .param("parcels", place.parcels())
                .query((rs, row) -> new Upserted(rs.getObject("id", UUID.class), rs.getBoolean("raised")))
                .single();
    }

    /** Refreshes the place's open incident, if it has one (it is below the threshold but not yet over). */
    Optional<UUID> refresh(StalledPlace place, Instant now) {
        return jdbc.sql("""
                update incident set last_detected_at = :now, parcels = :parcels, leg = :leg
                 where tenant_id = :tenant and carrier_code = :carrier and destination_country = :destination
                   and location = :location and status = 'OPEN'
                returning id
                """)
                .param("tenant", place.tenant())
                .param("carrier", place.carrier())
                .param("destination", place.destination())
                .param("location", place.location())
                .param("leg", place.leg())
                .param("now", Timestamp.from(now))
                .param("parcels", place.parcels())
                .query(UUID.class)
                .optional();
    }

    /** Makes the incident's members exactly these parcels. */
    void syncMembers(UUID incident, UUID tenant, Collection<UUID> members, Instant now) {
        SqlArrayValue ids = new SqlArrayValue("uuid", members.toArray());
        jdbc.sql("delete from incident_member where incident_id = :incident and shipment_id <> all(:members)")
                .param("incident", incident).param("members", ids).update();
        jdbc.sql("""
                insert into incident_member (incident_id, shipment_id, tenant_id, joined_at)
                select :incident, m, :tenant, :now from unnest(:members) as m
                on conflict do nothing
                """)
                .param("incident", incident).param("tenant", tenant).param("members", ids)
                .param("now", Timestamp.from(now)).update();
    }

    /** Resolves every open incident not among {@code kept}; returns how many. */
    int resolveAllBut(Collection<UUID> kept, Instant now) {
        return jdbc.sql("""
                update incident set status = 'RESOLVED', resolved_at = :now
                 where status = 'OPEN' and id <> all(:kept)
                """)
                .param("kept", new SqlArrayValue("uuid", kept.toArray()))
                .param("now", Timestamp.from(now))
                .update();
    }
}
