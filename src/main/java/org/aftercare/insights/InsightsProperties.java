package org.aftercare.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the insights module.
 *
 * @param scorecardRefreshEvery how often each instance recomputes the scorecard periods whose
 *                              shipments or alerts changed (the scorecards' freshness)
 */
@ConfigurationProperties("aftercare.insights")
public record InsightsProperties(@DefaultValue("5m") Duration scorecardRefreshEvery) {
}
