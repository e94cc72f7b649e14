package org.aftercare.monitoring.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.logistics.TransitEstimate;

/**
 * The facts about one shipment that the alert rules look at.
 *
 * @param promisedBy  last promised delivery day, in the destination's zone; null when none was promised
 * @param eta         the remaining-transit estimate from the latest milestone; null below the sample minimum
 */
public record WatchedShipment(Instant shippedAt, boolean hot, String origin, String destination, ZoneId destinationZone,
                              TrackingStatus status, SubStatus subStatus, Instant lastEventAt, String lastLocation,
                              Map<Milestone, Instant> milestones, LocalDate promisedBy, TransitEstimate eta) {

    public Instant reached(Milestone milestone) {
        return milestones.get(milestone);
    }

    public boolean has(Milestone milestone) {
        return milestones.containsKey(milestone);
    }

    /**
     * Whether a carrier has handled the parcel: a pickup (or later) milestone, or any scan beyond
     * "information received". Many carriers never label their first scan as a pickup ("Origin
     * Scan", "Arrived at facility"), and such a parcel is not waiting for one.
     */
    public boolean scannedByCarrier() {
        Milestone latest = latestMilestone();
        return latest != null && latest.compareTo(Milestone.PICKED_UP) >= 0
                || status != TrackingStatus.InfoReceived && status != TrackingStatus.NotFound;
    }

    /** The leg the parcel is on: after its latest milestone, and at least first mile once scanned. */
    public Leg leg() {
        Leg leg = Leg.after(latestMilestone());
        return leg == Leg.WAREHOUSE && scannedByCarrier() ? Leg.FIRST_MILE : leg;
    }

    public boolean delivered() {
        return status == TrackingStatus.Delivered || has(Milestone.DELIVERED);
    }

    public boolean finished() {
        return delivered() || status == TrackingStatus.Expired || has(Milestone.RETURNED)
                || subStatus == SubStatus.Returned || subStatus == SubStatus.Lost;
    }

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

    /** The end of the promised day in the destination's zone. */
    public Instant promisedDeadline() {
        return promisedBy == null ? null : promisedBy.plusDays(1).atStartOfDay(destinationZone).toInstant();
    }
}
