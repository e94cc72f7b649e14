package org.aftercare.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the monitoring module. The rule thresholds' defaults are the brief's numbers in
 * {@code rules.Thresholds.DEFAULTS}; shops override them per carrier, lane and destination in the
 * console or the API.
 *
 * @param sweepEvery     how often each instance looks for due shipments (an alert fires within
 *                       this long of its deadline, well inside the 60 s the issue asks)
 * @param sweepBatch     due shipments taken per transaction
 * @param incidentMinParcels   parcels of one carrier and destination stalled at one place that make
 *                             an incident
 * @param incidentMinShare     or, on a smaller lane, this share of the carrier's and destination's
 *                             parcels in flight — but never fewer than half of incidentMinParcels;
 *                             an incident resolves when fewer than half of its threshold remain
 * @param incidentEvery        how often incident detection runs
 */
@ConfigurationProperties("aftercare.monitoring")
public record MonitoringProperties(@DefaultValue("10s") Duration sweepEvery,
                                   @DefaultValue("1000") int sweepBatch,
                                   @DefaultValue("20") int incidentMinParcels,
                                   @DefaultValue("0.10") double incidentMinShare,
                                   @DefaultValue("5m") Duration incidentEvery) {
}
