package org.aftercare.logistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A parcel a tracking provider reports before (or without) the seller's order system registering
 * it: enough to start watching it. Countries may be null when the provider does not say.
 *
 * @param promisedBy the delivery date promised to the buyer, when the provider carries it
 *                   (AfterShip's {@code order_promised_delivery_date}); null otherwise
 */
public record DiscoveredShipment(String trackingNumber, String carrierCode, String carrierName, String originCountry,
                                 String destinationCountry, Instant firstSeenAt, LocalDate promisedBy) {
}
