package org.aftercare.simulator.world;

/**
 * One way a parcel travels from a Chinese warehouse to a buyer: a cross-border carrier to one
 * destination, handing over to a last-mile partner, with how long each stage takes and how often
 * things go wrong. The numbers and their reasoning are in docs/simulator.md.
 *
 * @param share               this lane's share of the destination's parcels
 * @param pickup              label created → picked up by the carrier in China
 * @param exportCustoms       picked up → export customs cleared (sorting centre, consolidation, declaration)
 * @param lineHaul            export cleared → arrived at the destination gateway (flight or truck, incl. waiting for space)
 * @param importCustoms       arrived → import customs cleared, when not held
 * @param holdProbability     chance customs holds the parcel (missing IOSS/invoice, inspection)
 * @param hold                extra time a held parcel stays in customs
 * @param lastMile            handed to the last-mile partner → out for delivery
 * @param failedAttemptProbability chance a delivery attempt fails (nobody home, access, address)
 * @param lossProbability     chance the parcel is never delivered and goes silent
 * @param damageProbability   chance the parcel is reported damaged on the way
 * @param returnProbability   chance the parcel is returned to sender (refused, address unknown)
 */
public record Lane(String carrier, String lastMileCarrier, String destination, String service, double share,
                   Dwell pickup, Dwell exportCustoms, Dwell lineHaul, Dwell importCustoms, double holdProbability,
                   Dwell hold, Dwell lastMile, double failedAttemptProbability, double lossProbability,
                   double damageProbability, double returnProbability, int promisedMinDays, int promisedMaxDays) {
}
