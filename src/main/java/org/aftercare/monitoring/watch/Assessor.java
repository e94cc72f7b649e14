package org.aftercare.monitoring.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertRaised;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;
import org.aftercare.monitoring.Severity;
import org.aftercare.monitoring.rules.AlertRules;
import org.aftercare.monitoring.rules.Leg;
import org.aftercare.monitoring.rules.RuleContext;
import org.aftercare.monitoring.rules.Thresholds;
import org.aftercare.monitoring.rules.Verdict;
import org.aftercare.monitoring.rules.WatchedShipment;
import org.aftercare.monitoring.settings.AlertSetting;
import org.aftercare.monitoring.settings.AlertSettings;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs the alert rules over a batch of one tenant's shipments: raises what fires, resolves what
 * stopped firing, and records each shipment's next due time. Three statements per batch, whatever
 * its size.
 */
@Component
public class Assessor {

    private final Shipments shipments;
    private final AlertSettings settings;
    private final AlertStore alerts;
    private final WatchStore watch;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    Assessor(Shipments shipments, AlertSettings settings, AlertStore alerts, WatchStore watch,
             ApplicationEventPublisher events, MessageSource messages) {
        this.messages = messages;
        this.shipments = shipments;
        this.settings = settings;
        this.alerts = alerts;
        this.watch = watch;
        this.events = events;
    }

    /** Assesses the shipments; call inside a transaction. Returns the number of alerts raised. */
    public int assess(TenantId tenant, Collection<ShipmentId> ids, Instant now) {
        watch.lock(tenant.value(), ids.stream().map(ShipmentId::value).toList(), now);
        return assessLocked(tenant, ids, now);
    }

    /** Assesses shipments whose watch rows this transaction already holds (the sweep's). */
    int assessLocked(TenantId tenant, Collection<ShipmentId> ids, Instant now) {
        List<ShipmentSnapshot> snapshots = shipments.snapshots(ids);
        List<AlertSetting> scoped = settings.of(tenant);
        List<NewAlert> raise = new ArrayList<>();
        List<UUID> firingShipments = new ArrayList<>();
        List<String> firingRules = new ArrayList<>();
        List<UUID> watched = new ArrayList<>(snapshots.size());
        List<Instant> dueAt = new ArrayList<>(snapshots.size());
        for (ShipmentSnapshot shipment : snapshots) {
            Thresholds thresholds = AlertSettings.thresholdsFor(shipment, scoped);
            Set<AlertRule> disabled = AlertSettings.disabledFor(shipment, scoped);
            RuleContext context = new RuleContext(thresholds, now, BusinessCalendar.of(shipment.originCountry()),
                    BusinessCalendar.of(shipment.destinationCountry(), shipment.destinationZone()));
            WatchedShipment watchedShipment = watched(shipment);
            AlertRules.Assessment assessment = AlertRules.assess(watchedShipment, context);
            for (Verdict verdict : assessment.firing()) {
                if (!disabled.contains(verdict.rule())) {
                    raise.add(alert(shipment, watchedShipment.leg(), verdict));
                    firingShipments.add(shipment.id().value());
                    firingRules.add(verdict.rule().name());
                }
            }
            watched.add(shipment.id().value());
            dueAt.add(assessment.nextDueAt());
        }
        List<AlertStore.Raised> raised = alerts.raise(raise, now);
        alerts.resolveMovedOn(watched, firingShipments, firingRules, now);
        watch.schedule(tenant.value(), watched, dueAt, now);
        raised.forEach(r -> events.publishEvent(new AlertRaised(new AlertId(r.id()), new TenantId(r.tenant()),
                new ShipmentId(r.shipment()), r.rule(), r.severity())));
        return raised.size();
    }

    private WatchedShipment watched(ShipmentSnapshot s) {
        return new WatchedShipment(s.shippedAt(), s.hot(), s.originCountry(), s.destinationCountry(), s.destinationZone(),
                s.status(), s.subStatus(), s.lastEventAt(), s.lastLocation(), s.milestones(), s.promisedBy(),
                shipments.eta(s).orElse(null));
    }

    /** The alert a firing verdict raises; its reason is stored in English and as a key for other languages. */
    private NewAlert alert(ShipmentSnapshot s, Leg leg, Verdict verdict) {
        ReasonText reason = verdict.reason();
        return new NewAlert(s.tenant().value(), s.shop().value(), s.id().value(), s.trackingNumber(), s.carrierCode(),
                s.originCountry(), s.destinationCountry(), verdict.rule(), severity(verdict, s),
                reason.render(messages, Locale.ENGLISH), reason, verdict.probability(),
                leg.name(), s.lastLocation(), verdict.dueAt());
    }

    /** How urgent an alert is: losses and failed deliveries first, risks last. */
    static Severity severity(Verdict verdict, ShipmentSnapshot s) {
        return switch (verdict.rule()) {
            case EXCEPTION, DELIVERED_NOT_RECEIVED -> Severity.CRITICAL;
            case DELIVERY_FAILURE, RETURNING, OVERDUE, BROKEN_PROMISE -> Severity.HIGH;
            case STALLED -> s.hot() ? Severity.HIGH : Severity.MEDIUM;
            case NO_PICKUP, CUSTOMS_DWELL -> Severity.MEDIUM;
            case LATE_RISK -> verdict.probability() != null && verdict.probability() >= 0.8 ? Severity.MEDIUM : Severity.LOW;
        };
    }
}
