package org.aftercare.monitoring;

import org.aftercare.tenancy.TenantId;

/**
 * Many parcels of one carrier and destination are stalled at the same place: published once, when
 * the incident is first raised (not on every detection while it lasts). The input for bulk
 * notices to the affected buyers.
 *
 * @param parcels the parcels stalled there when it was raised; {@link Incidents#get} lists them
 */
public record IncidentDetected(IncidentId incident, TenantId tenant, String carrier, String destination,
                               String location, int parcels) {
}
