package org.aftercare.monitoring.incidents;

import java.util.List;
import java.util.UUID;

/**
 * Parcels of one tenant, carrier and destination whose last scan is at the same place and that
 * are stalled there.
 *
 * @param inFlight  that carrier's and destination's parcels not yet delivered or returned
 * @param threshold how many stalled parcels make an incident on this lane
 */
record StalledPlace(UUID tenant, String carrier, String destination, String location, String leg, int parcels,
                    List<UUID> members, long inFlight, int threshold) {

    boolean makesAnIncident() {
        return parcels >= threshold;
    }
}
