package org.aftercare.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident as the board and the API show it.
 *
 * @param leg     the journey leg most of its parcels stalled on (rules.Leg)
 * @param parcels the parcels stalled there at the last detection
 */
public record IncidentView(UUID id, String carrier, String destination, String location, String leg,
                           Instant firstDetectedAt, Instant lastDetectedAt, int parcels, IncidentStatus status,
                           Instant resolvedAt) {

    /** An incident with the parcels it holds. */
    public record Detail(IncidentView incident, List<Member> members) {
    }

    public record Member(UUID shipment, String trackingNumber, Instant lastEventAt, Instant joinedAt) {
    }
}
