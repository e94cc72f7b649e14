package org.aftercare.monitoring;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * The alert thresholds for the shipments of one scope: any combination of shop, carrier, origin
 * and destination country; all four null is the whole tenant. A null threshold inherits from a
 * wider scope or the defaults; for each threshold the most specific scope that sets it wins.
 *
 * @param noPickupAfter        NO_PICKUP: no first carrier scan this long after the label
 * @param customsDwell         CUSTOMS_DWELL: customs not cleared this long after it started
 * @param stalledAfter         STALLED: no new scan for this long
 * @param stalledAfterHot      STALLED for parcels with a hot (promoted, livestream) product
 * @param lateRiskProbability  LATE_RISK fires when the chance of missing the promised date reaches this (0–1)
 * @param disabledRules        rules that stay quiet for this scope
 */
public record ThresholdOverride(UUID id, UUID shop, String carrier, String originCountry, String destinationCountry,
                                Duration noPickupAfter, Boolean noPickupBusinessDays,
                                Duration customsDwell, Boolean customsBusinessDays,
                                Duration stalledAfter, Duration stalledAfterHot, Boolean stalledBusinessDays,
                                Double lateRiskProbability, Set<AlertRule> disabledRules) {

    public ThresholdOverride {
        disabledRules = disabledRules == null ? Set.of() : Set.copyOf(disabledRules);
    }

    public boolean tenantWide() {
        return shop == null && carrier == null && originCountry == null && destinationCountry == null;
    }

    ThresholdOverride withId(UUID newId) {
        return new ThresholdOverride(newId, shop, carrier, originCountry, destinationCountry, noPickupAfter,
                noPickupBusinessDays, customsDwell, customsBusinessDays, stalledAfter, stalledAfterHot,
                stalledBusinessDays, lateRiskProbability, disabledRules);
    }
}
