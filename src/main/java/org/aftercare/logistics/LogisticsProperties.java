package org.aftercare.logistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the logistics module.
 *
 * @param etaMinSamples       delivered shipments a carrier and lane need before their own history
 *                            replaces the defaults
 * @param etaHistory          how far back delivered history counts
 * @param defaultTransitP50   door-to-door transit of a CN cross-border parcel when a lane has no
 *                            history yet (an estimate: economy lines deliver in 7–15 days)
 * @param defaultTransitP90   its 90th percentile
 */
@ConfigurationProperties("aftercare.logistics")
public record LogisticsProperties(@DefaultValue("30") int etaMinSamples,
                                  @DefaultValue("90d") Duration etaHistory,
                                  @DefaultValue("12d") Duration defaultTransitP50,
                                  @DefaultValue("20d") Duration defaultTransitP90) {
}
