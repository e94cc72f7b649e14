package org.aftercare.monitoring.rules;

import java.time.Duration;

/**
 * The thresholds of the time-based rules for one shipment, after shop, carrier, lane and
 * destination overrides have been applied. {@link #DEFAULTS} are the brief's numbers.
 *
 * @param lateRiskProbability raise LATE_RISK when the chance of missing the promised date reaches this
 */
public record Thresholds(Duration noPickupAfter, boolean noPickupBusinessDays,
                         Duration customsDwell, boolean customsBusinessDays,
                         Duration stalledAfter, Duration stalledAfterHot, boolean stalledBusinessDays,
                         double lateRiskProbability) {

    public static final Thresholds DEFAULTS = new Thresholds(
            Duration.ofHours(48), false,
            Duration.ofDays(5), false,
            Duration.ofDays(7), Duration.ofDays(3), false,
            0.6);
}
