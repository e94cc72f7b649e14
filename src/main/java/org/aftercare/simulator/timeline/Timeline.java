package org.aftercare.simulator.timeline;

import static org.aftercare.logistics.Milestone.*;
import static org.aftercare.logistics.TrackingStatus.*;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.random.RandomGenerator;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingEvent;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.simulator.world.Lane;
import org.aftercare.simulator.world.Market;
import org.aftercare.simulator.world.TradeCalendar;

/**
 * Writes the scan history of one parcel on a lane: label created → pickup → export customs →
 * line-haul → import customs (sometimes held) → last mile → out for delivery → attempts →
 * delivered, returned, lost or damaged. Stage durations come from the lane's {@code Dwell}s; the
 * Spring Festival closure delays pickups; peak season slows customs and the last mile.
 */
public final class Timeline {

    static final String ORIGIN_ZONE = "Asia/Shanghai";
    static final List<String> WAREHOUSES = List.of("Shenzhen, CN", "Guangzhou, CN", "Dongguan, CN", "Yiwu, CN");
    static final double PEAK_SEASON_SLOWDOWN = 1.3;
    static final double COLLECTED_FROM_POST_OFFICE = 0.8;
    static final double LOST_WITH_NOTICE = 0.6;
    static final double DAMAGED_BUT_DELIVERED = 0.5;

    private final Lane lane;
    private final Market market;
    private final RandomGenerator random;
    private final String zone;
    private final String city;
    private final Journey journey;

    private Timeline(Lane lane, Market market, String trackingNumber, RandomGenerator random) {
        this.lane = lane;
        this.market = market;
        this.random = random;
        this.zone = market.zone().getId();
        this.city = market.cities().get(random.nextInt(market.cities().size()));
        this.journey = new Journey(trackingNumber);
    }

    /** The whole planned history of a parcel labelled at {@code labelledAt}, in time order. */
    public static List<TrackingEvent> of(Lane lane, Market market, String trackingNumber, Instant labelledAt,
                                         RandomGenerator random) {
        return new Timeline(lane, market, trackingNumber, random).write(labelledAt);
    }

    public static Outcome outcome(Lane lane, RandomGenerator random) {
        double r = random.nextDouble();
        if ((r -= lane.lossProbability()) < 0) {
            return Outcome.LOST;
        }
        if ((r -= lane.damageProbability()) < 0) {
            return Outcome.DAMAGED;
        }
        if (r - lane.returnProbability() < 0) {
            return Outcome.RETURNED;
        }
        return Outcome.DELIVERED;
    }

    private List<TrackingEvent> write(Instant labelledAt) {
        Outcome outcome = outcome(lane, random);
        String warehouse = WAREHOUSES.get(random.nextInt(WAREHOUSES.size()));
        String carrier = lane.carrier();
        Instant t = origin(labelledAt, warehouse, "Shipment information received", "INFO", LABEL_CREATED);

        Instant pickup = t.plus(lane.pickup().sample(random));
        Instant reopening = TradeCalendar.closureEnd(pickup);
        if (reopening != null) {
            pickup = reopening.plus(TradeCalendar.BACKLOG_AFTER_CLOSURE.sample(random));
        }
        t = origin(pickup, warehouse, "Picked up by " + carrier, "PU", PICKED_UP);
        origin(t.plus(hours(2, 8)), carrier + " sorting centre, Shenzhen, CN", "Arrived at sorting centre", "AS", null);
        t = origin(t.plus(lane.exportCustoms().sample(random)), "Shenzhen, CN", "Export customs clearance completed",
                "EC", EXPORT_CUSTOMS);

        Duration lineHaul = lane.lineHaul().sample(random);
        origin(t.plus(lineHaul.multipliedBy(3).dividedBy(10)), "Shenzhen Bao'an Airport SZX",
                "Departed from origin airport", "DP", DEPARTED_ORIGIN);
        t = local(t.plus(lineHaul), market.gateway(), "Arrived at destination airport", "AR", InTransit, null,
                ARRIVED_DESTINATION);

        boolean peak = TradeCalendar.peakSeason(t);
        t = local(t.plus(hours(1, 6)), market.gateway(), "Import customs clearance started", "IC", InTransit,
                SubStatus.CustomsProcessing, IMPORT_CUSTOMS_STARTED);
        if (random.nextDouble() < lane.holdProbability()) {
            boolean documents = random.nextDouble() < 0.4;
            t = local(t.plus(hours(2, 12)), market.gateway(),
                    documents ? "Held by customs: information required from the recipient" : "Held by customs for inspection",
                    "CH", Exception, documents ? SubStatus.CustomsInformationRequired : SubStatus.CustomsHeld, null);
            t = local(t.plus(lane.hold().sample(random)), market.gateway(), "Released by customs", "CR", InTransit,
                    SubStatus.CustomsProcessing, null);
        }
        Duration clearance = lane.importCustoms().sample(random);
        t = local(t.plus(peak ? scaled(clearance) : clearance), market.gateway(), "Import customs clearance completed",
                "CC", InTransit, null, IMPORT_CUSTOMS_CLEARED);
        t = local(t.plus(hours(4, 24)), market.gateway(), "Handed over to " + lane.lastMileCarrier(), "HO", InTransit,
                null, LAST_MILE_HANDOVER);

        Duration lastMile = lane.lastMile().sample(random);
        lastMile = peak ? scaled(lastMile) : lastMile;
        local(t.plus(lastMile.multipliedBy(6).dividedBy(10)), city, "Arrived at delivery facility", "AD", InTransit,
                null, null);
        Instant outForDelivery = deliveryDay(t.plus(lastMile));

        switch (outcome) {
            case DELIVERED -> deliver(outForDelivery);
            case RETURNED -> returnToSender(outForDelivery, "Address incomplete: delivery not possible",
                    SubStatus.AddressIssue);
            case DAMAGED -> damaged(outForDelivery);
            case LOST -> lost();
        }
        return journey.events();
    }

    private void deliver(Instant outForDelivery) {
        Instant t = local(outForDelivery, city, "Out for delivery", "OD", OutForDelivery, null, OUT_FOR_DELIVERY);
        if (random.nextDouble() >= lane.failedAttemptProbability()) {
            delivered(t.plus(hours(2, 9)), "Delivered");
            return;
        }
        t = local(t.plus(hours(2, 9)), city, "Delivery attempted: nobody available, notice left", "AT",
                DeliveryFailure, null, DELIVERY_ATTEMPT);
        t = local(deliveryDay(t.plus(Duration.ofHours(20))), city, "Out for delivery", "OD", OutForDelivery, null,
                OUT_FOR_DELIVERY);
        if (random.nextBoolean()) {
            delivered(t.plus(hours(2, 9)), "Delivered on second attempt");
            return;
        }
        t = local(t.plus(hours(2, 9)), city + " post office", "Second attempt failed: available for collection",
                "PO", AvailableForPickup, null, DELIVERY_ATTEMPT);
        if (random.nextDouble() < COLLECTED_FROM_POST_OFFICE) {
            delivered(t.plus(hours(20, 160)), "Collected by the recipient");
        }
        else {
            returnToSender(t.plus(Duration.ofDays(14)), "Not collected within 14 days", null);
        }
    }

    private void delivered(Instant at, String description) {
        local(at, city, description, "DL", Delivered, null, DELIVERED);
    }

    private void returnToSender(Instant at, String reason, SubStatus firstSubStatus) {
        Instant t = local(at, city, reason, "RS", Exception, firstSubStatus == null ? SubStatus.Returning : firstSubStatus,
                null);
        t = local(t.plus(hours(12, 48)), market.gateway(), "Returning to sender", "RT", Exception, SubStatus.Returning,
                null);
        origin(t.plus(Duration.ofDays(10)).plus(hours(0, 240)), "Shenzhen, CN", "Returned to sender", "RD",
                Exception, SubStatus.Returned, RETURNED);
    }

    private void damaged(Instant outForDelivery) {
        Instant t = local(outForDelivery.minus(Duration.ofHours(14)), city, "Parcel damaged in transit", "DM",
                Exception, SubStatus.Damaged, null);
        if (random.nextDouble() < DAMAGED_BUT_DELIVERED) {
            t = local(deliveryDay(t.plus(Duration.ofHours(12))), city, "Out for delivery", "OD", OutForDelivery, null,
                    OUT_FOR_DELIVERY);
            delivered(t.plus(hours(2, 9)), "Delivered (packaging damaged)");
        }
        else {
            local(t.plus(hours(24, 120)), city, "Parcel damaged beyond delivery: disposed of", "DX", Exception,
                    SubStatus.Damaged, null);
        }
    }

    /** Goes silent after the line-haul, in the sorting centre or in the last mile. */
    private void lost() {
        double r = random.nextDouble();
        Milestone lastSeen = r < 0.2 ? PICKED_UP : r < 0.6 ? DEPARTED_ORIGIN : LAST_MILE_HANDOVER;
        journey.silenceAfter(journey.indexOf(lastSeen) + 1 + (lastSeen == PICKED_UP ? 1 : 0));
        if (random.nextDouble() < LOST_WITH_NOTICE) {
            local(journey.last().plus(Duration.ofDays(20)).plus(hours(0, 240)), market.gateway(),
                    "Parcel presumed lost: investigation closed", "LS", Exception, SubStatus.Lost, null);
        }
    }

    /** The next working morning in the buyer's zone (posts in Europe do not deliver on Sundays). */
    private Instant deliveryDay(Instant earliest) {
        ZonedDateTime local = earliest.atZone(market.zone());
        LocalDate day = local.getHour() >= 11 ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY && !market.country().equals("US")) {
            day = day.plusDays(1);
        }
        Instant morning = day.atTime(7, 0).atZone(market.zone()).toInstant().plus(hours(0, 3));
        return morning.isAfter(earliest) ? morning : earliest.plus(Duration.ofMinutes(30));
    }

    private Instant origin(Instant at, String location, String description, String raw, Milestone milestone) {
        TrackingStatus status = milestone == LABEL_CREATED ? InfoReceived : InTransit;
        return journey.scan(at, ORIGIN_ZONE, location, raw, description, status, null, milestone);
    }

    private Instant origin(Instant at, String location, String description, String raw, TrackingStatus status,
                           SubStatus subStatus, Milestone milestone) {
        return journey.scan(at, ORIGIN_ZONE, location, raw, description, status, subStatus, milestone);
    }

    private Instant local(Instant at, String location, String description, String raw, TrackingStatus status,
                          SubStatus subStatus, Milestone milestone) {
        return journey.scan(at, zone, location, raw, description, status, subStatus, milestone);
    }

    private Duration hours(int from, int to) {
        return Duration.ofMinutes(from * 60L + random.nextInt((to - from) * 60 + 1));
    }

    private static Duration scaled(Duration duration) {
        return Duration.ofSeconds(Math.round(duration.toSeconds() * PEAK_SEASON_SLOWDOWN));
    }
}
