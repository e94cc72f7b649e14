package org.aftercare.logistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * A shipment's current state as other modules read it (monitoring's rules, the console).
 *
 * @param destinationZone the zone of the shop's market, where promised dates and business days count
 * @param milestones      the first time each milestone was reached
 */
public record ShipmentSnapshot(ShipmentId id, TenantId tenant, ShopId shop, String trackingNumber, String carrierCode,
                               String lastMileCarrierCode, String originCountry, String destinationCountry,
                               ZoneId destinationZone, Instant shippedAt, boolean hot, TrackingStatus status,
                               SubStatus subStatus, Instant lastEventAt, String lastLocation,
                               Map<Milestone, Instant> milestones, LocalDate promisedBy) {

    /** The latest milestone reached, by journey order; null before the label. */
    public Milestone latestMilestone() {
        Milestone latest = null;
        for (Milestone m : milestones.keySet()) {
            if (latest == null || m.ordinal() > latest.ordinal()) {
                latest = m;
            }
        }
        return latest;
    }
}
