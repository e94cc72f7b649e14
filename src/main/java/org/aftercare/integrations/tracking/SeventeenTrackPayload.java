package org.aftercare.integrations.tracking;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.logistics.DiscoveredShipment;
import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.shared.calendar.Countries;

import tools.jackson.databind.JsonNode;

/**
 * Reads a 17TRACK API v2.x webhook ({@code TRACKING_UPDATED}) into our events: every event of every
 * provider (first and last mile), each with a status (from its stage or sub-status, or the
 * shipment's latest status for the latest event), a sub-status and the milestone whose time it
 * carries. 17TRACK events have no id; one is made from the event's own fields, so a redelivery
 * maps to the same ids. See docs/integrations/17track.md for the contract and its sources.
 */
final class SeventeenTrackPayload {

    static final String PROVIDER = "17track";

    private SeventeenTrackPayload() {
    }

    static ParsedDelivery parse(JsonNode root) {
        String event = Json.text(root, "event");
        JsonNode data = root.path("data");
        List<Rejection> rejected = new ArrayList<>();
        if (!"TRACKING_UPDATED".equals(event)) {
            if (!"TRACKING_STOPPED".equals(event)) {
                rejected.add(new Rejection("body", "event", "unknown event " + event));
            }
            return ParsedDelivery.nothing(rejected);
        }
        String number = Json.text(data, "number");
        if (number == null) {
            rejected.add(new Rejection("body", "data.number", "missing tracking number"));
            return ParsedDelivery.nothing(rejected);
        }
        JsonNode info = data.path("track_info");
        String origin = Countries.iso2(Json.text(info.path("shipping_info").path("shipper_address"), "country")).orElse(null);
        String destination = Countries.iso2(Json.text(info.path("shipping_info").path("recipient_address"), "country")).orElse(null);
        Map<Instant, Milestone> milestoneTimes = milestoneTimes(info.path("milestone"));
        Instant arrival = milestoneTimes.entrySet().stream().filter(e -> e.getValue() == Milestone.ARRIVED_DESTINATION)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        JsonNode latest = info.path("latest_event");
        JsonNode latestStatus = info.path("latest_status");

        List<IncomingEvent> events = new ArrayList<>();
        JsonNode providers = info.path("tracking").path("providers");
        String carrierName = providers.size() > 0 ? Json.text(providers.get(0).path("provider"), "name") : null;
        for (int p = 0; p < providers.size(); p++) {
            JsonNode provider = providers.get(p);
            String carrierKey = Json.text(provider.path("provider"), "key");
            JsonNode list = provider.path("events");
            for (int i = 0; i < list.size(); i++) {
                JsonNode e = list.get(i);
                Instant at = time(e);
                if (at == null) {
                    String where = "track_info.tracking.providers[" + p + "].events[" + i + "]";
                    rejected.add(new Rejection(where, "time_utc", "no time_utc or time_iso with an offset; time_raw "
                            + e.path("time_raw") + " has no zone and 17TRACK gives no location zone"));
                    continue;
                }
                boolean isLatest = sameEvent(e, latest);
                String subCode = Json.text(e, "sub_status");
                if (subCode == null && isLatest) {
                    subCode = Json.text(latestStatus, "sub_status");
                }
                String country = Countries.iso2(Json.text(e.path("address"), "country")).orElse(null);
                Milestone milestone = milestone(e, subCode, milestoneTimes.get(at), at, arrival, country, origin, destination);
                TrackingStatus status = status(Json.text(e, "stage"), subCode,
                        isLatest ? Json.text(latestStatus, "status") : null, milestone);
                events.add(new IncomingEvent(PROVIDER, eventId(number, carrierKey, e), number, null, at, zone(e),
                        Json.text(e, "location"), subCode == null ? Json.text(e, "stage") : subCode,
                        Json.text(e, "description"), status, subStatus(subCode), milestone));
            }
        }
        Instant firstSeen = events.stream().map(IncomingEvent::occurredAt).min(Instant::compareTo).orElse(null);
        DiscoveredShipment parcel = firstSeen == null ? null : new DiscoveredShipment(number, CarrierCodes.of(carrierName),
                carrierName, origin, destination, firstSeen, null);
        return new ParsedDelivery(parcel, events, rejected);
    }

    private static Instant time(JsonNode e) {
        String utc = Json.text(e, "time_utc");
        String iso = Json.text(e, "time_iso");
        try {
            if (utc != null) {
                return OffsetTimes.parse(utc);
            }
            if (iso != null) {
                return OffsetTimes.parse(iso);
            }
        }
        catch (DateTimeParseException ignored) {
            return null;
        }
        return null;
    }

    /**
     * The zone the carrier reported the time in, as the offset ending {@code time_iso} (17TRACK gives
     * no zone id): read off the text, as the time itself is already parsed.
     */
    private static String zone(JsonNode e) {
        String iso = Json.text(e, "time_iso");
        if (iso == null || iso.endsWith("Z")) {
            return "UTC";
        }
        int sign = iso.length() - 6;
        return sign > 0 && (iso.charAt(sign) == '+' || iso.charAt(sign) == '-') ? iso.substring(sign) : "UTC";
    }

    private static boolean sameEvent(JsonNode e, JsonNode latest) {
        return latest != null && !latest.isMissingNode()
                && java.util.Objects.equals(Json.text(e, "time_utc"), Json.text(latest, "time_utc"))
                && java.util.Objects.equals(Json.text(e, "description"), Json.text(latest, "description"));
    }

    private static Map<Instant, Milestone> milestoneTimes(JsonNode milestones) {
        Map<Instant, Milestone> times = new HashMap<>();
        for (JsonNode m : milestones) {
            Milestone ours = stageMilestone(Json.text(m, "key_stage"));
            Instant at = time(m);
            if (ours != null && at != null) {
                times.putIfAbsent(at, ours);
            }
        }
        return times;
    }

    private static Milestone milestone(JsonNode e, String subCode, Milestone byTime, Instant at, Instant arrival,
                                       String country, String origin, String destination) {
        if (subCode != null) {
            switch (subCode) {
                case "InTransit_PickedUp":
                    return Milestone.PICKED_UP;
                case "InTransit_Departure":
                    return Milestone.DEPARTED_ORIGIN;
                case "InTransit_Arrival":
                    return Milestone.ARRIVED_DESTINATION;
                case "InTransit_CustomsProcessing", "InTransit_CustomsRequiringInformation":
                    return importSide(at, arrival, country, origin, destination)
                            ? Milestone.IMPORT_CUSTOMS_STARTED : Milestone.EXPORT_CUSTOMS;
                case "InTransit_CustomsReleased":
                    return importSide(at, arrival, country, origin, destination) ? Milestone.IMPORT_CUSTOMS_CLEARED : null;
                case "Exception_Returned":
                    return Milestone.RETURNED;
                default:
                    if (subCode.startsWith("DeliveryFailure_")) {
                        return Milestone.DELIVERY_ATTEMPT;
                    }
            }
        }
        if (byTime != null) {
            return byTime;
        }
        return stageMilestone(Json.text(e, "stage"));
    }

    /** 17TRACK's key stages (also used as an event's stage) that are milestones of ours. */
    private static Milestone stageMilestone(String stage) {
        return switch (String.valueOf(stage)) {
            case "InfoReceived" -> Milestone.LABEL_CREATED;
            case "PickedUp" -> Milestone.PICKED_UP;
            case "Departure" -> Milestone.DEPARTED_ORIGIN;
            case "Arrival" -> Milestone.ARRIVED_DESTINATION;
            case "OutForDelivery" -> Milestone.OUT_FOR_DELIVERY;
            case "Delivered" -> Milestone.DELIVERED;
            case "Returned" -> Milestone.RETURNED;
            default -> null;
        };
    }

    /** Customs direction is never explicit: the event's country decides, else whether it came after arrival. */
    private static boolean importSide(Instant at, Instant arrival, String country, String origin, String destination) {
        if (country != null && country.equals(destination)) {
            return true;
        }
        if (country != null && country.equals(origin)) {
            return false;
        }
        return arrival != null && !at.isBefore(arrival);
    }

    private static TrackingStatus status(String stage, String subCode, String latestStatus, Milestone milestone) {
        if (latestStatus != null) {
            return TrackingStatus.valueOf(latestStatus);
        }
        if (subCode != null && subCode.contains("_")) {
            try {
                return TrackingStatus.valueOf(subCode.substring(0, subCode.indexOf('_')));
            }
            catch (IllegalArgumentException unknownFutureCode) {
                // fall through to the stage
            }
        }
        if (stage != null) {
            switch (stage) {
                case "InfoReceived":
                    return TrackingStatus.InfoReceived;
                case "AvailableForPickup":
                    return TrackingStatus.AvailableForPickup;
                case "OutForDelivery":
                    return TrackingStatus.OutForDelivery;
                case "Delivered":
                    return TrackingStatus.Delivered;
                case "Returning", "Returned":
                    return TrackingStatus.Exception;
                default:
                    break;
            }
        }
        return milestone == Milestone.LABEL_CREATED ? TrackingStatus.InfoReceived : TrackingStatus.InTransit;
    }

    static SubStatus subStatus(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "InTransit_CustomsProcessing" -> SubStatus.CustomsProcessing;
            case "InTransit_CustomsRequiringInformation" -> SubStatus.CustomsInformationRequired;
            case "DeliveryFailure_Security", "Exception_Security" -> SubStatus.CustomsHeld;
            case "DeliveryFailure_InvalidAddress", "Exception_NoBody" -> SubStatus.AddressIssue;
            case "Exception_Returning" -> SubStatus.Returning;
            case "Exception_Returned" -> SubStatus.Returned;
            case "Exception_Lost", "Exception_Destroyed" -> SubStatus.Lost;
            case "Exception_Damage" -> SubStatus.Damaged;
            default -> code.startsWith("Exception_") ? SubStatus.Other : null;
        };
    }

    private static String eventId(String number, String carrierKey, JsonNode e) {
        return IncomingEvent.contentKey("17t", number, String.valueOf(carrierKey), String.valueOf(Json.text(e, "time_utc")),
                String.valueOf(Json.text(e, "time_iso")), String.valueOf(Json.text(e, "description")),
                String.valueOf(Json.text(e, "location")));
    }
}
