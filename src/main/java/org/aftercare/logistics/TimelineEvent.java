package org.aftercare.logistics;

import java.time.Instant;

/**
 * One scan of a shipment as its timeline shows it: what the carrier said (provider, raw status,
 * description, location, the zone it reported the time in) and what we made of it (status,
 * sub-status, milestone).
 *
 * @param receivedAt when the scan reached us, which may be long after it happened
 * @param future     dated in the future beyond the clock tolerance: kept, not trusted for status
 * @param unmapped   no status mapping knows its raw status yet, so it does not count for status
 */
public record TimelineEvent(String provider, String providerEventId, Instant occurredAt, String zone, String location,
                            String rawStatus, String description, TrackingStatus status, SubStatus subStatus,
                            Milestone milestone, Instant receivedAt, boolean future) {

    public boolean unmapped() {
        return status == null;
    }
}
