package org.aftercare.monitoring.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.TimelineEvent;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.logistics.TransitEstimate;
import org.aftercare.shared.calendar.Countries;
import org.aftercare.tenancy.Shop;

/**
 * What the shipment page shows: the parcel, its milestones, its scans newest first, and the two
 * zones besides the viewer's that each time is read in — where it left (origin) and where the
 * buyer waits (the shop's zone).
 */
record ShipmentView(ShipmentSnapshot shipment, Shop shop, ZoneId originZone, ZoneId destinationZone,
                    TransitEstimate eta, List<Step> milestones, List<TimelineEvent> events) {

    /** The milestones every parcel passes; an attempt and a return show only when they happened. */
    private static final List<Milestone> PATH = List.of(Milestone.LABEL_CREATED, Milestone.PICKED_UP,
            Milestone.EXPORT_CUSTOMS, Milestone.DEPARTED_ORIGIN, Milestone.ARRIVED_DESTINATION,
            Milestone.IMPORT_CUSTOMS_STARTED, Milestone.IMPORT_CUSTOMS_CLEARED, Milestone.LAST_MILE_HANDOVER,
            Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERY_ATTEMPT, Milestone.DELIVERED, Milestone.RETURNED);

    record Step(Milestone milestone, Instant at, boolean current) {
    }

    static ShipmentView of(ShipmentSnapshot s, Shop shop, TransitEstimate eta, List<TimelineEvent> timeline) {
        Map<Milestone, Instant> reached = s.milestones();
        Milestone latest = s.latestMilestone();
        List<Step> steps = new ArrayList<>();
        for (Milestone m : PATH) {
            boolean optional = m == Milestone.DELIVERY_ATTEMPT || m == Milestone.RETURNED;
            if (!optional || reached.containsKey(m)) {
                steps.add(new Step(m, reached.get(m), m == latest));
            }
        }
        ZoneId origin = Countries.mainZone(s.originCountry()).orElse(ZoneOffset.UTC);
        return new ShipmentView(s, shop, origin, s.destinationZone(), eta, List.copyOf(steps), timeline.reversed());
    }

    public String lane() {
        return shipment.originCountry() + "-" + shipment.destinationCountry();
    }

    public boolean delivered() {
        return shipment.milestones().containsKey(Milestone.DELIVERED) || shipment.status() == TrackingStatus.Delivered;
    }
}
