package org.aftercare.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert board: find alerts, acknowledge, assign, note and resolve them, and open the
 * DELIVERED_NOT_RECEIVED alert when a buyer reports a delivered parcel missing. Every change is
 * written to the alert's history. An agent sees only the markets they serve.
 */
@Service
public class Alerts {

    /** The note the system writes when it resolves an alert whose rule stopped firing. */
    public static final String MOVED_ON = "The shipment moved on";

    private static final DateTimeFormatter DELIVERED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Shops shops;
    private final Shipments shipments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Alerts(JdbcClient jdbc, Shops shops, Shipments shipments, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.shops = shops;
        this.shipments = shipments;
        this.events = events;
        this.clock = clock;
    }

    public List<AlertView> find(Actor actor, AlertFilter f) {
        return query(actor, f, f.size());
    }

    /** A page of the board: the filter's page, and whether another follows. */
    public AlertPage page(Actor actor, AlertFilter f) {
        List<AlertView> found = query(actor, f, f.size() + 1);
        boolean hasNext = found.size() > f.size();
        return new AlertPage(hasNext ? found.subList(0, f.size()) : found, f.page(), f.size(), hasNext);
    }

    /** Every alert of one shipment, newest first, resolved ones included. */
    public List<AlertView> ofShipment(Actor actor, ShipmentId shipment) {
        return jdbc.sql("""
                select * from alert
                 where tenant_id = :tenant and shipment_id = :shipment and shop_id = any(:shops)
                 order by status = 'RESOLVED', raised_at desc
                """)
                .param("tenant", actor.tenant().value())
                .param("shipment", shipment.value())
                .param("shops", servedShops(actor))
                .query(Alerts::map)
                .list();
    }

    private List<AlertView> query(Actor actor, AlertFilter f, int limit) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select * from alert
                 where tenant_id = :tenant and shop_id = any(:shops)
                   and (cast(:number as text) is null or tracking_number = :number)
                   and (cast(:rule as text) is null or rule = :rule)
                   and (cast(:status as text) is null and status <> 'RESOLVED' or status = :status)
                   and (cast(:carrier as text) is null or carrier_code = :carrier)
                   and (cast(:origin as text) is null or origin_country = :origin)
                   and (cast(:destination as text) is null or destination_country = :destination)
                   and (cast(:shop as uuid) is null or shop_id = :shop)
                   and (cast(:raisedBefore as timestamptz) is null or raised_at <= :raisedBefore)
                   and (cast(:raisedAfter as timestamptz) is null or raised_at >= :raisedAfter)
                 order by case severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end,
                          raised_at
                 limit :size offset :offset
                """)
                .param("tenant", actor.tenant().value())
                .param("shops", servedShops(actor))
                .param("number", f.trackingNumber() == null ? null : f.trackingNumber().trim().toUpperCase())
                .param("rule", f.rule() == null ? null : f.rule().name())
                .param("status", f.status() == null ? null : f.status().name())
                .param("carrier", f.carrier())
                .param("origin", lanePart(f.lane(), 0))
                .param("destination", lanePart(f.lane(), 1))
                .param("shop", f.shop())
                .param("raisedBefore", f.olderThan() == null ? null : Timestamp.from(now.minus(f.olderThan())))
                .param("raisedAfter", f.newerThan() == null ? null : Timestamp.from(now.minus(f.newerThan())))
                .param("size", limit)
                .param("offset", f.page() * f.size())
                .query(Alerts::map)
                .list();
    }

    /** Open and acknowledged alerts per rule: the board's headline. */
    public Map<AlertRule, Integer> countsByRule(Actor actor) {
        Map<AlertRule, Integer> counts = new EnumMap<>(AlertRule.class);
        jdbc.sql("""
                select rule, count(*) as n from alert
                 where tenant_id = :tenant and shop_id = any(:shops) and status <> 'RESOLVED'
                 group by rule
                """)
                .param("tenant", actor.tenant().value())
                .param("shops", servedShops(actor))
                .query(rs -> {
                    counts.put(AlertRule.valueOf(rs.getString("rule")), rs.getInt("n"));
                });
        return counts;
    }

    /**
     * Alerts resolved in [from, to) per rule, in the shops the actor serves: the "logistics issues
     * handled" line of the cases module's account-health record.
     */
    public Map<AlertRule, Integer> resolvedByRule(Actor actor, Instant from, Instant to) {
        Map<AlertRule, Integer> counts = new EnumMap<>(AlertRule.class);
        jdbc.sql("""
                select rule, count(*) as n from alert
                 where tenant_id = :tenant and shop_id = any(:shops) and status = 'RESOLVED'
                   and resolved_at >= :from and resolved_at < :to
                 group by rule
                """)
                .param("tenant", actor.tenant().value())
                .param("shops", servedShops(actor))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    counts.put(AlertRule.valueOf(rs.getString("rule")), rs.getInt("n"));
                });
        return counts;
    }

    public AlertView get(Actor actor, AlertId id) {
        return jdbc.sql("select * from alert where tenant_id = :tenant and id = :id and shop_id = any(:shops)")
                .param("tenant", actor.tenant().value())
                .param("id", id.value())
                .param("shops", servedShops(actor))
                .query(Alerts::map)
                .optional()
                .orElseThrow(() -> new NotFound("Alert", id));
    }

    /** One step of an alert's life; "raised" comes from the alert itself, the rest from alert_history. */
    public record HistoryEntry(Instant at, String actor, String action, String note) {
    }

    public List<HistoryEntry> history(Actor actor, AlertId id) {
        get(actor, id);
        return jdbc.sql("""
                select at, actor, action, note from (
                    select raised_at as at, 'system' as actor, 'raised' as action, null as note, 0 as seq
                      from alert where id = :id
                    union all
                    select at, actor, action, note, id from alert_history where alert_id = :id) h
                 order by at, seq
                """)
                .param("id", id.value())
                .query((rs, row) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("note")))
                .list();
    }

    /** The histories of several alerts of the tenant in one query, by alert id. */
    public Map<UUID, List<HistoryEntry>> histories(Actor actor, List<UUID> alerts) {
        Map<UUID, List<HistoryEntry>> byAlert = new HashMap<>();
        if (alerts.isEmpty()) {
            return byAlert;
        }
        jdbc.sql("""
                select alert_id, at, actor, action, note from (
                    select id as alert_id, raised_at as at, 'system' as actor, 'raised' as action, null as note, 0 as seq
                      from alert where tenant_id = :tenant and id = any(:ids)
                    union all
                    select alert_id, at, actor, action, note, id from alert_history
                     where tenant_id = :tenant and alert_id = any(:ids)) h
                 order by at, seq
                """)
                .param("tenant", actor.tenant().value())
                .param("ids", new SqlArrayValue("uuid", alerts.toArray()))
                .query(rs -> {
                    byAlert.computeIfAbsent(rs.getObject("alert_id", UUID.class), k -> new ArrayList<>())
                            .add(new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                                    rs.getString("action"), rs.getString("note")));
                });
        return byAlert;
    }

    /** Acknowledges open alerts (the board's bulk action); returns how many changed. */
    @Transactional
    public int acknowledge(Actor actor, List<AlertId> ids) {
        actor.requireWrite();
        List<UUID> changed = jdbc.sql("""
                update alert set status = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :actor,
                                 owner = coalesce(owner, :actor)
                 where tenant_id = :tenant and id = any(:ids) and shop_id = any(:shops) and status = 'OPEN'
                returning id
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor.name())
                .param("tenant", actor.tenant().value())
                .param("ids", new SqlArrayValue("uuid", ids.stream().map(AlertId::value).toArray()))
                .param("shops", servedShops(actor))
                .query(UUID.class).list();
        history(changed, actor, "acknowledged", null);
        return changed.size();
    }

    @Transactional
    public void resolve(Actor actor, AlertId id, String resolution) {
        actor.requireWrite();
        if (resolution == null || resolution.isBlank()) {
            throw new IllegalArgumentException("resolution: say how the alert was resolved");
        }
        int changed = jdbc.sql("""
                update alert set status = 'RESOLVED', resolved_at = :now, resolved_by = :actor, resolution = :resolution
                 where tenant_id = :tenant and id = :id and shop_id = any(:shops) and status <> 'RESOLVED'
                """)
                .param("now", Timestamp.from(clock.instant())).param("actor", actor.name())
                .param("resolution", resolution).param("tenant", actor.tenant().value()).param("id", id.value())
                .param("shops", servedShops(actor))
                .update();
        if (changed == 0) {
            get(actor, id);
            throw new IllegalArgumentException("status: alert " + id + " is already resolved");
        }
        history(List.of(id.value()), actor, "resolved", resolution);
    }

    @Transactional
    public void assign(Actor actor, AlertId id, String owner) {
        actor.requireWrite();
        get(actor, id);
        jdbc.sql("update alert set owner = :owner where id = :id").param("owner", owner).param("id", id.value()).update();
        history(List.of(id.value()), actor, "assigned", owner);
    }

    @Transactional
    public void note(Actor actor, AlertId id, String note) {
        actor.requireWrite();
        get(actor, id);
        history(List.of(id.value()), actor, "note", note);
    }

    /**
     * A buyer reports non-receipt of a parcel the carrier scanned as delivered (the desk calls this).
     * One open alert per shipment; a second report adds to its history.
     */
    @Transactional
    public AlertId deliveredNotReceived(Actor actor, ShipmentId shipment, String buyerStatement) {
        actor.requireWrite();
        ShipmentSnapshot s = shipments.snapshot(actor.tenant(), shipment)
                .filter(x -> shops.find(actor.tenant(), x.shop()).map(shop -> actor.serves(shop.market())).orElse(false))
                .orElseThrow(() -> new NotFound("Shipment", shipment));
        if (s.milestones().get(Milestone.DELIVERED) == null) {
            throw new IllegalArgumentException("shipment: " + s.trackingNumber() + " has no delivered scan; "
                    + "a parcel not yet delivered is watched by the other rules");
        }
        Instant now = clock.instant();
        Instant delivered = s.milestones().get(Milestone.DELIVERED);
        UUID id = jdbc.sql("""
                insert into alert (id, tenant_id, shop_id, shipment_id, tracking_number, carrier_code, origin_country,
                                   destination_country, rule, severity, status, reason, reason_key, reason_args, leg,
                                   last_location, due_at, raised_at)
                values (gen_random_uuid(), :tenant, :shop, :shipment, :number, :carrier, :origin, :destination,
                        'DELIVERED_NOT_RECEIVED', 'CRITICAL', 'OPEN', :reason, 'alert.reason.deliveredNotReceived',
                        :deliveredText, 'LAST_MILE', :location, :delivered, :now)
                on conflict do nothing
                returning id
                """)
                .param("tenant", actor.tenant().value()).param("shop", s.shop().value()).param("shipment", shipment.value())
                .param("number", s.trackingNumber()).param("carrier", s.carrierCode()).param("origin", s.originCountry())
                .param("destination", s.destinationCountry())
                .param("reason", "Delivered at " + DELIVERED_AT.format(delivered) + " per the carrier; the buyer reports it was not received")
                .param("deliveredText", DELIVERED_AT.format(delivered))
                .param("location", s.lastLocation()).param("delivered", Timestamp.from(delivered))
                .param("now", Timestamp.from(now))
                .query(UUID.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        select id from alert where shipment_id = :shipment and rule = 'DELIVERED_NOT_RECEIVED'
                         order by raised_at desc limit 1
                        """).param("shipment", shipment.value()).query(UUID.class).single());
        history(List.of(id), actor, "buyer-reported", buyerStatement);
        events.publishEvent(new AlertRaised(new AlertId(id), actor.tenant(), shipment, AlertRule.DELIVERED_NOT_RECEIVED,
                Severity.CRITICAL));
        return new AlertId(id);
    }

    /**
     * A next-update promise made to the buyer of a shipment was not kept in time (outreach calls
     * this). One open alert per shipment; a second broken promise adds to its history.
     */
    @Transactional
    public AlertId brokenPromise(TenantId tenant, ShipmentId shipment, Instant promisedAt, String note) {
        ShipmentSnapshot s = shipments.snapshot(tenant, shipment).orElseThrow(() -> new NotFound("Shipment", shipment));
        Instant now = clock.instant();
        String promised = DELIVERED_AT.format(promisedAt);
        UUID id = jdbc.sql("""
                insert into alert (id, tenant_id, shop_id, shipment_id, tracking_number, carrier_code, origin_country,
                                   destination_country, rule, severity, status, reason, reason_key, reason_args, leg,
                                   last_location, due_at, raised_at)
                values (gen_random_uuid(), :tenant, :shop, :shipment, :number, :carrier, :origin, :destination,
                        'BROKEN_PROMISE', 'HIGH', 'OPEN', :reason, 'alert.reason.brokenPromise', :promised, 'LAST_MILE',
                        :location, :due, :now)
                on conflict do nothing
                returning id
                """)
                .param("tenant", tenant.value()).param("shop", s.shop().value()).param("shipment", shipment.value())
                .param("number", s.trackingNumber()).param("carrier", s.carrierCode()).param("origin", s.originCountry())
                .param("destination", s.destinationCountry())
                .param("reason", "The buyer was promised an update by " + promised + "; it was not sent")
                .param("promised", promised).param("location", s.lastLocation())
                .param("due", Timestamp.from(promisedAt)).param("now", Timestamp.from(now))
                .query(UUID.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        select id from alert where shipment_id = :shipment and rule = 'BROKEN_PROMISE'
                         order by raised_at desc limit 1
                        """).param("shipment", shipment.value()).query(UUID.class).single());
        jdbc.sql("""
                insert into alert_history (alert_id, tenant_id, at, actor, action, note)
                values (:id, :tenant, :now, 'outreach', 'promise-broken', :note)
                """).param("id", id).param("tenant", tenant.value()).param("now", Timestamp.from(now)).param("note", note)
                .update();
        events.publishEvent(new AlertRaised(new AlertId(id), tenant, shipment, AlertRule.BROKEN_PROMISE, Severity.HIGH));
        return new AlertId(id);
    }

    private void history(List<UUID> alerts, Actor actor, String action, String note) {
        if (alerts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into alert_history (alert_id, tenant_id, at, actor, action, note)
                select id, tenant_id, :now, :actor, :action, :note from alert where id = any(:ids)
                """)
                .param("now", Timestamp.from(clock.instant())).param("actor", actor.name()).param("action", action)
                .param("note", note).param("ids", new SqlArrayValue("uuid", alerts.toArray()))
                .update();
    }

    private SqlArrayValue servedShops(Actor actor) {
        return new SqlArrayValue("uuid", shops.of(actor.tenant()).stream()
                .filter(shop -> actor.serves(shop.market()))
                .map(Shop::id).map(id -> id.value()).toArray());
    }

    private static String lanePart(String lane, int part) {
        if (lane == null || lane.isBlank()) {
            return null;
        }
        String[] countries = lane.toUpperCase().split("-");
        if (countries.length != 2) {
            throw new IllegalArgumentException("lane: write it as ORIGIN-DESTINATION, e.g. CN-US");
        }
        return countries[part];
    }

    private static AlertView map(ResultSet rs, int row) throws SQLException {
        return new AlertView(rs.getObject("id", UUID.class), rs.getObject("shop_id", UUID.class),
                rs.getObject("shipment_id", UUID.class), rs.getString("tracking_number"), rs.getString("carrier_code"),
                rs.getString("origin_country"), rs.getString("destination_country"), AlertRule.valueOf(rs.getString("rule")),
                Severity.valueOf(rs.getString("severity")), AlertStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getBigDecimal("probability"), rs.getString("leg"),
                rs.getString("last_location"), instant(rs, "due_at"), instant(rs, "raised_at"), rs.getString("owner"),
                instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), instant(rs, "resolved_at"),
                rs.getString("resolved_by"), rs.getString("resolution"),
                ReasonText.stored(rs.getString("reason_key"), rs.getString("reason_args")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
