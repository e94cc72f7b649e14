package org.aftercare.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.logistics.TransitEstimate;
import org.aftercare.monitoring.rules.WatchedShipment;

/** Builds the shipment a rule example talks about, relative to a fixed "now". */
public final class AShipment {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private Instant shippedAt = NOW.minus(Duration.ofHours(1));
    private boolean hot;
    private String destination = "US";
    private ZoneId zone = ZoneId.of("America/New_York");
    private TrackingStatus status = TrackingStatus.InfoReceived;
    private SubStatus subStatus;
    private Instant lastEventAt;
    private String lastLocation;
    private final Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
    private LocalDate promisedBy;
    private TransitEstimate eta;

    public static AShipment shippedHoursAgo(long hours) {
        AShipment s = new AShipment();
        s.shippedAt = NOW.minus(Duration.ofHours(hours));
        s.milestones.put(Milestone.LABEL_CREATED, s.shippedAt);
        s.lastEventAt = s.shippedAt;
        return s;
    }

    public static AShipment shippedDaysAgo(long days) {
        return shippedHoursAgo(days * 24);
    }

    public AShipment to(String country, String zone) {
        this.destination = country;
        this.zone = ZoneId.of(zone);
        return this;
    }

    public AShipment hot() {
        this.hot = true;
        return this;
    }

    /** Reached a milestone {@code hours} ago, with a scan at {@code location}; the shipment moves on. */
    public AShipment reached(Milestone milestone, long hoursAgo, String location) {
        Instant at = NOW.minus(Duration.ofHours(hoursAgo));
        milestones.put(milestone, at);
        lastEventAt = at;
        lastLocation = location;
        status = switch (milestone) {
            case LABEL_CREATED -> TrackingStatus.InfoReceived;
            case OUT_FOR_DELIVERY -> TrackingStatus.OutForDelivery;
            case DELIVERY_ATTEMPT -> TrackingStatus.DeliveryFailure;
            case DELIVERED -> TrackingStatus.Delivered;
            default -> TrackingStatus.InTransit;
        };
        return this;
    }

    public AShipment reachedDaysAgo(Milestone milestone, long daysAgo, String location) {
        return reached(milestone, daysAgo * 24, location);
    }

    public AShipment reachedAt(Milestone milestone, Instant at, String location) {
        return reached(milestone, Duration.between(at, NOW).toHours(), location);
    }

    /** A plain scan (no milestone, no sub-status) {@code daysAgo} at {@code location}. */
    public AShipment scannedDaysAgo(long daysAgo, String location) {
        lastEventAt = NOW.minus(Duration.ofDays(daysAgo));
        lastLocation = location;
        subStatus = null;
        return this;
    }

    public AShipment carrierReports(TrackingStatus status, SubStatus subStatus) {
        this.status = status;
        this.subStatus = subStatus;
        return this;
    }

    public AShipment promisedBy(LocalDate day) {
        this.promisedBy = day;
        return this;
    }

    public AShipment promisedInDays(long days) {
        return promisedBy(NOW.atZone(zone).toLocalDate().plusDays(days));
    }

    /** The remaining transit from the latest milestone: median and 90th percentile in days. */
    public AShipment etaFromLastScan(double p50Days, double p90Days) {
        this.eta = new TransitEstimate(lastEventAt, Duration.ofMinutes((long) (p50Days * 1440)),
                Duration.ofMinutes((long) (p90Days * 1440)));
        return this;
    }

    public WatchedShipment build() {
        return new WatchedShipment(shippedAt, hot, "CN", destination, zone, status, subStatus, lastEventAt,
                lastLocation, Map.copyOf(milestones), promisedBy, eta);
    }

    @Override
    public String toString() {
        return "shipment";
    }
}
