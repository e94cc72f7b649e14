package org.aftercare.integrations.tracking;

import java.util.List;

import org.aftercare.logistics.DiscoveredShipment;
import org.aftercare.logistics.IncomingEvent;

/**
 * A provider's webhook body turned into our events, and the parts that could not be.
 *
 * @param parcel what the provider says about the parcel itself, to start watching it if nobody
 *               registered it; null when the body names no parcel
 */
public record ParsedDelivery(DiscoveredShipment parcel, List<IncomingEvent> events, List<Rejection> rejected) {

    static ParsedDelivery nothing(List<Rejection> rejected) {
        return new ParsedDelivery(null, List.of(), rejected);
    }
}
