package org.aftercare.insights.carriers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How one carrier served one destination country in one period, for the shipments it was handed
 * in that period. Durations are the 50th and 90th percentiles over the shipments that reached
 * both milestones; rates are fractions (0.93 = 93 %), null when nothing was there to count.
 *
 * @param shipments        volume: shipments shipped in the period
 * @param pickupLag        hours from shipped (label) to the carrier's pickup scan
 * @param exportCustoms    hours from export customs to departure from the origin country
 * @param importCustoms    hours from the start of import customs to its clearance
 * @param lineHaul         hours from departure from the origin to arrival in the destination country
 * @param lastMile         hours from the last-mile handover (else import clearance) to delivery
 * @param doorToDoor       days from shipped to delivered, with the quartiles and p10 for box charts
 * @param onTimeRate       delivered by the end of the promised day in the shop's zone, among
 *                         delivered shipments with a promise ({@code promised} of them)
 * @param exceptionRate    shipments that hit an exception or a failed delivery attempt
 * @param lossRate         shipments reported lost
 * @param returnedRate     shipments returned (or on their way back) to the sender
 * @param alertsPer1000    monitoring alerts raised on these shipments per 1,000 shipments
 * @param computedAt       when the period was last computed (it is refreshed as its shipments change)
 */
public record CarrierScorecard(String carrier, String destination, String period, LocalDate periodStart,
                               long shipments, long delivered, Spread pickupLag, Spread exportCustoms,
                               Spread importCustoms, Spread lineHaul, Spread lastMile, Box doorToDoor,
                               long promised, Double onTimeRate, Double exceptionRate, Double lossRate,
                               Double returnedRate, long alerts, Double alertsPer1000,
                               Instant computedAt) {

    /** Median and 90th percentile; both null without samples. */
    public record Spread(Double p50, Double p90) {
    }

    /** The percentiles a box chart draws: whiskers at p10 and p90, box from p25 to p75. */
    public record Box(Double p10, Double p25, Double p50, Double p75, Double p90) {
    }
}
