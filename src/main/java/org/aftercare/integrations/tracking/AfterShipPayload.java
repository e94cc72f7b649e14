package org.aftercare.integrations.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aftercare.logistics.DiscoveredShipment;
import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.shared.calendar.Countries;

import tools.jackson.databind.JsonNode;

/**
 * Reads an AfterShip Tracking webhook ({@code tracking_update}, legacy v4 or versioned bodies)
 * into our events, one per checkpoint. A checkpoint time carries the carrier's local time, often
 * without an offset: it is then read in the zone of the checkpoint's country, and a checkpoint
 * with neither is rejected with its position rather than guessed. See
 * docs/integrations/aftership.md for the contract and its sources.
 */
final class AfterShipPayload {

    static final String PROVIDER = "aftership";

    private AfterShipPayload() {
    }

    static ParsedDelivery parse(JsonNode root) {
        List<Rejection> rejected = new ArrayList<>();
        String event = Json.text(root, "event");
        if (!"tracking_update".equals(event)) {
            // edd_revise and tracking_pending_time carry no new checkpoint
            return ParsedDelivery.nothing(rejected);
        }
        JsonNode msg = root.path("msg");
        String number = Json.text(msg, "tracking_number");
        if (number == null) {
            rejected.add(new Rejection("body", "msg.tracking_number", "missing tracking number"));
            return ParsedDelivery.nothing(rejected);
        }
        String slug = Json.text(msg, "slug");
        String origin = country(msg, "origin_country_iso3", "origin_country_region");
        String destination = country(msg, "destination_country_iso3", "destination_country_region");
        List<IncomingEvent> events = new ArrayList<>();
        Instant arrival = null;
        boolean handedOver = false;
        JsonNode checkpoints = msg.path("checkpoints");
        for (int i = 0; i < checkpoints.size(); i++) {
            JsonNode c = checkpoints.get(i);
            String where = "msg.checkpoints[" + i + "]";
            String country = country(c, "country_iso3", "country_region");
            Optional<ZoneId> zone = Countries.mainZone(country);
            Instant at;
            try {
                at = time(Json.text(c, "checkpoint_time"), zone);
            }
            catch (DateTimeParseException e) {
                rejected.add(new Rejection(where, "checkpoint_time", "unreadable time '" + Json.text(c, "checkpoint_time") + "'"));
                continue;
            }
            if (at == null) {
                rejected.add(new Rejection(where, "checkpoint_time", Json.text(c, "checkpoint_time") == null
                        ? "no checkpoint time"
                        : "'" + Json.text(c, "checkpoint_time") + "' has no offset and the checkpoint has no country to take the zone from"));
                continue;
            }
            String subtag = Json.text(c, "subtag");
            String checkpointSlug = Json.text(c, "slug");
            Milestone milestone = milestone(subtag, country, origin, destination, at, arrival);
            if (milestone == null && !handedOver && checkpointSlug != null && slug != null && !checkpointSlug.equals(slug)) {
                milestone = Milestone.LAST_MILE_HANDOVER;
            }
            handedOver |= checkpointSlug != null && slug != null && !checkpointSlug.equals(slug);
            if (milestone == Milestone.ARRIVED_DESTINATION && arrival == null) {
                arrival = at;
            }
            events.add(new IncomingEvent(PROVIDER, eventId(number, c), number, null, at,
                    offsetOf(Json.text(c, "checkpoint_time")).orElse(zone.map(ZoneId::getId).orElse("UTC")),
                    location(c), subtag == null ? Json.text(c, "tag") : subtag, Json.text(c, "message"),
                    status(Json.text(c, "tag")), subStatus(subtag), milestone));
        }
        Instant firstSeen = events.stream().map(IncomingEvent::occurredAt).min(Instant::compareTo).orElse(null);
        DiscoveredShipment parcel = firstSeen == null ? null : new DiscoveredShipment(number, CarrierCodes.of(slug), slug,
                origin, destination, firstSeen, promisedDate(Json.text(msg, "order_promised_delivery_date")));
        return new ParsedDelivery(parcel, events, rejected);
    }

    /** Offset-less times are the carrier's local time at the checkpoint; date-only times count from its midnight. */
    static Instant time(String text, Optional<ZoneId> zone) {
        if (text == null) {
            return null;
        }
        if (text.length() > 19) {
            return OffsetDateTime.parse(text).toInstant();
        }
        if (zone.isEmpty()) {
            return null;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone.get()).toInstant();
        }
        return LocalDateTime.parse(text).atZone(zone.get()).toInstant();
    }

    /** The promised date as AfterShip writes it: a date, or a date-time whose date part counts. */
    private static LocalDate promisedDate(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> offsetOf(String text) {
        if (text == null || text.length() <= 19) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).getOffset().getId());
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String country(JsonNode node, String iso3Field, String regionField) {
        String code = Json.text(node, regionField);
        return Countries.iso2(code == null ? Json.text(node, iso3Field) : code).orElse(null);
    }

    private static String location(JsonNode c) {
        String location = Json.text(c, "location");
        if (location != null) {
            return location;
        }
        String city = Json.text(c, "city");
        String state = Json.text(c, "state");
        return city == null ? state : state == null ? city : city + ", " + state;
    }

    static TrackingStatus status(String tag) {
        if (tag == null) {
            return TrackingStatus.InTransit;
        }
        return switch (tag) {
            case "Pending" -> TrackingStatus.NotFound;
            case "AttemptFail" -> TrackingStatus.DeliveryFailure;
            default -> {
                try {
                    yield TrackingStatus.valueOf(tag);
                }
                catch (IllegalArgumentException unknownTag) {
                    yield TrackingStatus.InTransit;
                }
            }
        };
    }

    static SubStatus subStatus(String subtag) {
        if (subtag == null) {
            return null;
        }
        return switch (subtag) {
            case "InTransit_006" -> SubStatus.CustomsProcessing;
            case "Exception_004", "Exception_006" -> SubStatus.CustomsHeld;
            case "Exception_002", "Exception_007" -> SubStatus.AddressIssue;
            case "Exception_010" -> SubStatus.Returning;
            case "Exception_011" -> SubStatus.Returned;
            case "Exception_012" -> SubStatus.Damaged;
            case "Exception_013" -> SubStatus.Lost;
            default -> subtag.startsWith("Exception_") ? SubStatus.Other : null;
        };
    }

    private static Milestone milestone(String subtag, String country, String origin, String destination, Instant at,
                                       Instant arrival) {
        if (subtag == null) {
            return null;
        }
        boolean inDestination = country != null ? country.equals(destination) : arrival != null && !at.isBefore(arrival);
        boolean inOrigin = country != null && country.equals(origin) && !country.equals(destination);
        if (subtag.startsWith("OutForDelivery_")) {
            return Milestone.OUT_FOR_DELIVERY;
        }
        if (subtag.startsWith("AttemptFail_")) {
            return Milestone.DELIVERY_ATTEMPT;
        }
        if (subtag.startsWith("Delivered_")) {
            return Milestone.DELIVERED;
        }
        return switch (subtag) {
            case "InfoReceived_001" -> Milestone.LABEL_CREATED;
            case "InTransit_002" -> Milestone.PICKED_UP;
            case "InTransit_004" -> Milestone.ARRIVED_DESTINATION;
            case "InTransit_006" -> inDestination ? Milestone.IMPORT_CUSTOMS_STARTED : Milestone.EXPORT_CUSTOMS;
            case "InTransit_005" -> inDestination ? Milestone.IMPORT_CUSTOMS_CLEARED : null;
            case "InTransit_007" -> inOrigin ? Milestone.DEPARTED_ORIGIN : null;
            case "Exception_004" -> inDestination ? Milestone.IMPORT_CUSTOMS_STARTED : null;
            case "Exception_011" -> Milestone.RETURNED;
            default -> null;
        };
    }

    private static String eventId(String number, JsonNode c) {
        return IncomingEvent.contentKey("as", number, String.valueOf(Json.text(c, "slug")),
                String.valueOf(Json.text(c, "checkpoint_time")), String.valueOf(Json.text(c, "message")),
                String.valueOf(location(c)), String.valueOf(Json.text(c, "subtag")));
    }
}
