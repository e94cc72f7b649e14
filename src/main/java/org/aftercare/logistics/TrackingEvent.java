package org.aftercare.logistics;

import java.time.Instant;

/**
 * One carrier scan, normalized. {@code providerEventId} makes it idempotent: the same scan
 * delivered twice by a provider is stored once.
 *
 * @param zone the zone the carrier reported the time in (IANA id), kept for display
 */
public record TrackingEvent(String provider, String providerEventId, String trackingNumber, Instant occurredAt,
                            String zone, String location, String rawStatus, String description,
                            TrackingStatus status, SubStatus subStatus, Milestone milestone) {
}
