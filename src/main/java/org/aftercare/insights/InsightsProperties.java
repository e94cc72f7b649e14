package org.aftercare.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the insights module.
 *
 * @param scorecardRefreshEvery how often each instance recomputes the scorecard periods whose
 *                              shipments or alerts changed (the scorecards' freshness)
 * @param returnSpikes          when a SKU's return rate for one reason group counts as a spike
 *                              (docs/insights-returns.md); each tenant may override any of them
 */
@ConfigurationProperties("aftercare.insights")
public record InsightsProperties(@DefaultValue("5m") Duration scorecardRefreshEvery,
                                 @DefaultValue ReturnSpikes returnSpikes) {

    /**
     * @param recentDays   the recent window: sales of the last 28 days
     * @param baselineDays the baseline: sales of the 90 days before the recent window
     * @param minUnits     a SKU needs at least this many units sold in the recent window
     * @param minReturns   … and at least this many returns of the reason group among them
     * @param minRatio     the recent rate must be at least this multiple of the baseline rate
     * @param maxPValue    … and significantly higher: one-sided two-proportion z-test p-value at most this
     */
    public record ReturnSpikes(@DefaultValue("28") int recentDays, @DefaultValue("90") int baselineDays,
                               @DefaultValue("20") int minUnits, @DefaultValue("5") int minReturns,
                               @DefaultValue("1.5") double minRatio, @DefaultValue("0.01") double maxPValue) {
    }
}
