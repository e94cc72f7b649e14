package org.aftercare.logistics;

import java.time.Instant;

/**
 * A parcel a tracking provider reports before (or without) the seller's order system registering
 * it: enough to start watching it. Countries may be null when the provider does not say.
 */
public record DiscoveredShipment(String trackingNumber, String carrierCode, String carrierName, String originCountry,
                                 String destinationCountry, Instant firstSeenAt) {
}
