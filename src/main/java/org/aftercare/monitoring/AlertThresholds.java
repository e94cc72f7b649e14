package org.aftercare.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.monitoring.rules.Thresholds;
import org.aftercare.monitoring.settings.AlertSetting;
import org.aftercare.monitoring.settings.AlertSettings;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The alert thresholds a tenant works with: the brief's defaults and the overrides per shop,
 * carrier and lane. Anyone may read them; managers and owners change them. A change applies to
 * parcels already in flight: their next assessment is brought forward to now.
 */
@Service
public class AlertThresholds {

    private static final Duration LONGEST = Duration.ofDays(120);

    private final AlertSettings settings;
    private final Shops shops;
    private final JdbcClient jdbc;
    private final Clock clock;

    AlertThresholds(AlertSettings settings, Shops shops, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.shops = shops;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The brief's numbers, which apply wherever no override says otherwise. */
    public ThresholdOverride defaults() {
        Thresholds d = Thresholds.DEFAULTS;
        return new ThresholdOverride(null, null, null, null, null, d.noPickupAfter(), d.noPickupBusinessDays(),
                d.customsDwell(), d.customsBusinessDays(), d.stalledAfter(), d.stalledAfterHot(),
                d.stalledBusinessDays(), d.lateRiskProbability(), Set.of());
    }

    /** The tenant's overrides, widest scope first. */
    public List<ThresholdOverride> overrides(Actor actor) {
        return settings.of(actor.tenant()).stream()
                .map(AlertThresholds::toOverride)
                .sorted(Comparator.comparing((ThresholdOverride o) -> scopeWeight(o)).thenComparing(o -> o.id().toString()))
                .toList();
    }

    public ThresholdOverride get(Actor actor, UUID id) {
        return overrides(actor).stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Alert setting", id));
    }

    /** Creates the override of its scope, or replaces the one that scope already has. */
    public ThresholdOverride save(Actor actor, ThresholdOverride o) {
        actor.requireManage();
        ThresholdOverride checked = validated(actor, o);
        UUID id;
        try {
            id = settings.save(actor.tenant(), toSetting(checked), actor.name());
        }
        catch (DataIntegrityViolationException unknownCarrier) {
            throw new IllegalArgumentException("carrier: no carrier with code " + checked.carrier());
        }
        reassessInFlight(actor);
        return checked.withId(id);
    }

    public void delete(Actor actor, UUID id) {
        actor.requireManage();
        if (!settings.delete(actor.tenant(), id)) {
            throw new NotFound("Alert setting", id);
        }
        reassessInFlight(actor);
    }

    private ThresholdOverride validated(Actor actor, ThresholdOverride o) {
        if (o.shop() != null && shops.find(actor.tenant(), new ShopId(o.shop())).isEmpty()) {
            throw new IllegalArgumentException("shop: no shop " + o.shop() + " in this tenant");
        }
        String carrier = o.carrier() == null || o.carrier().isBlank() ? null : o.carrier().strip();
        String origin = country("originCountry", o.originCountry());
        String destination = country("destinationCountry", o.destinationCountry());
        duration("noPickupAfter", o.noPickupAfter());
        duration("customsDwell", o.customsDwell());
        duration("stalledAfter", o.stalledAfter());
        duration("stalledAfterHot", o.stalledAfterHot());
        Double p = o.lateRiskProbability();
        if (p != null && (p.isNaN() || p <= 0 || p > 1)) {
            throw new IllegalArgumentException("lateRiskProbability: must be above 0 and at most 1, e.g. 0.6 for 60 %");
        }
        Double rounded = p == null ? null : Math.round(p * 100) / 100.0;
        ThresholdOverride checked = new ThresholdOverride(null, o.shop(), carrier, origin, destination,
                o.noPickupAfter(), o.noPickupBusinessDays(), o.customsDwell(), o.customsBusinessDays(), o.stalledAfter(),
                o.stalledAfterHot(), o.stalledBusinessDays(), rounded, o.disabledRules());
        if (setsNothing(checked)) {
            throw new IllegalArgumentException("thresholds: set at least one threshold, business-days flag or disabled rule");
        }
        return checked;
    }

    private static String country(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(field + ": an ISO 3166 alpha-2 country code such as CN or US");
        }
        return code;
    }

    private static void duration(String field, Duration value) {
        if (value != null && (value.isNegative() || value.compareTo(Duration.ofHours(1)) < 0 || value.compareTo(LONGEST) > 0)) {
            throw new IllegalArgumentException(field + ": between PT1H and P120D");
        }
    }

    private static boolean setsNothing(ThresholdOverride o) {
        return o.noPickupAfter() == null && o.noPickupBusinessDays() == null && o.customsDwell() == null
                && o.customsBusinessDays() == null && o.stalledAfter() == null && o.stalledAfterHot() == null
                && o.stalledBusinessDays() == null && o.lateRiskProbability() == null && o.disabledRules().isEmpty();
    }

    /** Thresholds changed: every parcel still watched is assessed again at the next sweep. */
    private void reassessInFlight(Actor actor) {
        jdbc.sql("update shipment_watch set due_at = :now where tenant_id = :tenant and due_at is not null")
                .param("now", Timestamp.from(clock.instant()))
                .param("tenant", actor.tenant().value())
                .update();
    }

    private static int scopeWeight(ThresholdOverride o) {
        return (o.shop() == null ? 0 : 8) + (o.carrier() == null ? 0 : 4) + (o.originCountry() == null ? 0 : 1)
                + (o.destinationCountry() == null ? 0 : 2);
    }

    private static ThresholdOverride toOverride(AlertSetting s) {
        return new ThresholdOverride(s.id(), s.shop(), s.carrier(), s.origin(), s.destination(), s.noPickupAfter(),
                s.noPickupBusinessDays(), s.customsDwell(), s.customsBusinessDays(), s.stalledAfter(),
                s.stalledAfterHot(), s.stalledBusinessDays(), s.lateRiskProbability(), s.disabledRules());
    }

    private static AlertSetting toSetting(ThresholdOverride o) {
        return new AlertSetting(o.id(), o.shop(), o.carrier(), o.originCountry(), o.destinationCountry(),
                o.noPickupAfter(), o.noPickupBusinessDays(), o.customsDwell(), o.customsBusinessDays(), o.stalledAfter(),
                o.stalledAfterHot(), o.stalledBusinessDays(), o.lateRiskProbability(), o.disabledRules());
    }
}
