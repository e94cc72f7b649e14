package org.aftercare.monitoring.settings;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.monitoring.AlertRule;

/**
 * Threshold overrides for the shipments matching a scope: any combination of shop, carrier,
 * origin and destination country (a lane is carrier + origin + destination). Null thresholds
 * inherit from a wider scope or the defaults.
 */
public record AlertSetting(UUID id, UUID shop, String carrier, String origin, String destination,
                           Duration noPickupAfter, Boolean noPickupBusinessDays,
                           Duration customsDwell, Boolean customsBusinessDays,
                           Duration stalledAfter, Duration stalledAfterHot, Boolean stalledBusinessDays,
                           Double lateRiskProbability, Set<AlertRule> disabledRules) {

    public AlertSetting {
        disabledRules = disabledRules == null ? Set.of() : Set.copyOf(disabledRules);
    }

    boolean matches(ShipmentSnapshot s) {
        return (shop == null || shop.equals(s.shop().value()))
                && (carrier == null || carrier.equals(s.carrierCode()) || carrier.equals(s.lastMileCarrierCode()))
                && (origin == null || origin.equals(s.originCountry()))
                && (destination == null || destination.equals(s.destinationCountry()));
    }

    /** Narrower scopes win: a shop's own setting beats a carrier's, which beats a lane's country pair. */
    int specificity() {
        return (shop == null ? 0 : 8) + (carrier == null ? 0 : 4) + (origin == null ? 0 : 1) + (destination == null ? 0 : 2);
    }
}
