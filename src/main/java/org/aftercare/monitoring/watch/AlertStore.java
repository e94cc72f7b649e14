package org.aftercare.monitoring.watch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.Alerts;
import org.aftercare.monitoring.ReasonText;
import org.aftercare.monitoring.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Raises and auto-resolves alerts for a batch of shipments, a statement each. */
@Repository
class AlertStore {

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored alert: id, shipment, rule and severity, for the AlertRaised events. */
    record Raised(UUID id, UUID tenant, UUID shipment, AlertRule rule, Severity severity) {
    }

    /**
     * Inserts the alerts that are not there yet. The two unique indexes — one open alert per rule
     * and shipment, one alert per occurrence — make this safe when several instances assess the
     * same shipment at once.
     */
    List<Raised> raise(List<NewAlert> alerts, Instant now) {
        if (alerts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into alert (id, tenant_id, shop_id, shipment_id, tracking_number, carrier_code,
                                   origin_country, destination_country, rule, severity, status, reason, reason_key,
                                   reason_args, probability, leg, last_location, due_at, raised_at)
                select gen_random_uuid(), a.tenant, a.shop, a.shipment, a.tracking_number, a.carrier, a.origin, a.destination,
                       a.rule, a.severity, 'OPEN', a.reason, a.reason_key, a.reason_args, a.probability, a.leg,
                       a.last_location, a.due_at, :now
                  from unnest(:tenants, :shops, :shipments, :numbers, :carriers, :origins, :destinations, :rules, :severities,
                              :reasons, :reasonKeys, :reasonArgs, :probabilities, :legs, :locations, :dues)
                       as a (tenant, shop, shipment, tracking_number, carrier, origin, destination, rule, severity, reason,
                             reason_key, reason_args, probability, leg, last_location, due_at)
                on conflict do nothing
                returning id, tenant_id, shipment_id, rule, severity
                """)
                .param("now", Timestamp.from(now))
                .param("tenants", uuids(alerts, NewAlert::tenant))
                .param("shops", uuids(alerts, NewAlert::shop))
                .param("shipments", uuids(alerts, NewAlert::shipment))
                .param("numbers", texts(alerts, NewAlert::trackingNumber))
                .param("carriers", texts(alerts, NewAlert::carrier))
                .param("origins", texts(alerts, NewAlert::origin))
                .param("destinations", texts(alerts, NewAlert::destination))
                .param("rules", texts(alerts, a -> a.rule().name()))
                .param("severities", texts(alerts, a -> a.severity().name()))
                .param("reasons", texts(alerts, NewAlert::reason))
                .param("reasonKeys", texts(alerts, a -> a.reasonText().key()))
                .param("reasonArgs", texts(alerts, a -> ReasonText.joined(a.reasonText().args())))
                .param("probabilities", new SqlArrayValue("numeric", alerts.stream().map(NewAlert::probability).toArray()))
                .param("legs", texts(alerts, NewAlert::leg))
                .param("locations", texts(alerts, NewAlert::lastLocation))
                .param("dues", new SqlArrayValue("timestamptz", alerts.stream().map(a -> Timestamp.from(a.dueAt())).toArray()))
                .query((rs, row) -> new Raised(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getObject("shipment_id", UUID.class), AlertRule.valueOf(rs.getString("rule")),
                        Severity.valueOf(rs.getString("severity"))))
                .list();
    }

    /**
     * Resolves the open alerts of these shipments whose rule no longer fires: the parcel moved on.
     * DELIVERED_NOT_RECEIVED (a buyer's report) and BROKEN_PROMISE (outreach's) are closed only by a person.
     */
    int resolveMovedOn(Collection<UUID> shipments, List<UUID> firingShipments, List<String> firingRules, Instant now) {
        if (shipments.isEmpty()) {
            return 0;
        }
        List<UUID> resolved = jdbc.sql("""
                update alert
                   set status = 'RESOLVED', resolved_at = :now, resolved_by = 'system',
                       resolution = :movedOn
                 where shipment_id = any(:shipments) and status <> 'RESOLVED' and rule not in ('DELIVERED_NOT_RECEIVED', 'BROKEN_PROMISE')
                   and (shipment_id, rule) not in (select * from unnest(:firingShipments, :firingRules))
                returning id
                """)
                .param("movedOn", Alerts.MOVED_ON)
                .param("now", Timestamp.from(now))
                .param("shipments", new SqlArrayValue("uuid", shipments.toArray()))
                .param("firingShipments", new SqlArrayValue("uuid", firingShipments.toArray()))
                .param("firingRules", new SqlArrayValue("text", firingRules.toArray()))
                .query(UUID.class)
                .list();
        history(resolved, now, "system", "auto-resolved", Alerts.MOVED_ON);
        return resolved.size();
    }

    void history(List<UUID> alerts, Instant now, String actor, String action, String note) {
        if (alerts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into alert_history (alert_id, tenant_id, at, actor, action, note)
                select a.id, a.tenant_id, :now, :actor, :action, :note
                  from alert a where a.id = any(:alerts)
                """)
                .param("alerts", new SqlArrayValue("uuid", alerts.toArray()))
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("action", action)
                .param("note", note)
                .update();
    }

    private static SqlArrayValue uuids(List<NewAlert> alerts, Function<NewAlert, UUID> field) {
        return new SqlArrayValue("uuid", alerts.stream().map(field).toArray());
    }

    private static SqlArrayValue texts(List<NewAlert> alerts, Function<NewAlert, String> field) {
        return new SqlArrayValue("text", alerts.stream().map(field).toArray());
    }
}
