package org.aftercare.logistics.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.logistics.TransitEstimate;

/** A shipment's current state and, while it is under way, when it should arrive. */
record ShipmentResponse(UUID id, UUID shop, String trackingNumber, String carrier, String lastMileCarrier,
                        String origin, String destination, Instant shippedAt, boolean hot, TrackingStatus status,
                        SubStatus subStatus, Instant lastEventAt, String lastLocation,
                        Map<Milestone, Instant> milestones, LocalDate promisedBy, Eta eta) {

    /**
     * The remaining-transit estimate from the latest milestone: the median and the 90th percentile
     * of the carrier's and lane's history.
     */
    record Eta(Instant from, Instant earliest, Instant latest, Duration p50, Duration p90) {
    }

    static ShipmentResponse of(ShipmentSnapshot s, Optional<TransitEstimate> estimate) {
        Eta eta = s.status().isFinal() ? null : estimate
                .map(e -> new Eta(e.from(), e.earliest(), e.latest(), e.p50(), e.p90())).orElse(null);
        return new ShipmentResponse(s.id().value(), s.shop().value(), s.trackingNumber(), s.carrierCode(),
                s.lastMileCarrierCode(), s.originCountry(), s.destinationCountry(), s.shippedAt(), s.hot(), s.status(),
                s.subStatus(), s.lastEventAt(), s.lastLocation(), s.milestones(), s.promisedBy(), eta);
    }
}
