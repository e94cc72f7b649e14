package org.aftercare.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Local fakes of the tracking aggregators' push side, built from their public contracts
 * (docs/integrations/): bodies in the documented shapes, signed the documented way.
 */
public final class WebhookFakes {

    private WebhookFakes() {
    }

    /** One 17TRACK event: time, location, description, stage, sub-status, country. */
    public record Scan(Instant at, String zone, String location, String description, String stage, String subStatus,
                       String country) {
    }

    /** A 17TRACK v2.4 TRACKING_UPDATED body for one parcel (events newest first, as 17TRACK sends them). */
    public static String seventeenTrack(String number, String shipperCountry, String recipientCountry, String latestStatus,
                                        String latestSubStatus, List<Scan> scansOldestFirst, List<String[]> milestones) {
        List<Scan> newestFirst = new ArrayList<>(scansOldestFirst);
        java.util.Collections.reverse(newestFirst);
        StringBuilder events = new StringBuilder();
        for (Scan s : newestFirst) {
            events.append(events.isEmpty() ? "" : ",").append(scan(s));
        }
        StringBuilder stages = new StringBuilder();
        for (String stage : List.of("InfoReceived", "PickedUp", "Departure", "Arrival", "AvailableForPickup",
                "OutForDelivery", "Delivered", "Returning", "Returned")) {
            String at = milestones.stream().filter(m -> m[0].equals(stage)).map(m -> "\"" + m[1] + "\"").findFirst().orElse("null");
            stages.append(stages.isEmpty() ? "" : ",").append("""
                    {"key_stage":"%s","time_iso":null,"time_utc":%s,"time_raw":{"date":null,"time":null,"timezone":null}}"""
                    .formatted(stage, at));
        }
        return """
                {"event":"TRACKING_UPDATED","data":{"number":"%s","carrier":190271,"param":null,"tag":"",
                "track_info":{"shipping_info":{"shipper_address":{"country":"%s"},"recipient_address":{"country":"%s"}},
                "latest_status":{"status":"%s","sub_status":%s,"sub_status_descr":null},
                "latest_event":%s,
                "time_metrics":{"days_after_order":0,"days_of_transit":0,"days_of_transit_done":0,"days_after_last_update":0,
                "estimated_delivery_date":{"source":null,"from":null,"to":null}},
                "milestone":[%s],
                "misc_info":{"risk_factor":0,"service_type":null},
                "tracking":{"providers_hash":1,"providers":[{"provider":{"key":190271,"name":"YunExpress","alias":"YunExpress",
                "tel":null,"homepage":null,"country":"CN"},"provider_lang":null,"service_type":null,"latest_sync_status":"Success",
                "latest_sync_time":null,"events_hash":1,"provider_tips":null,"events":[%s]}]}}}}"""
                .formatted(number, shipperCountry, recipientCountry, latestStatus,
                        latestSubStatus == null ? "null" : "\"" + latestSubStatus + "\"",
                        newestFirst.isEmpty() ? "null" : scan(newestFirst.getFirst()), stages, events);
    }

    private static String scan(Scan s) {
        String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.at().atZone(ZoneId.of(s.zone())));
        return """
                {"time_iso":"%s","time_utc":"%s","time_raw":{"date":null,"time":null,"timezone":null},
                "description":"%s","location":"%s","stage":%s,"sub_status":%s,
                "address":{"country":"%s","state":null,"city":null,"street":null,"postal_code":null,
                "coordinates":{"longitude":null,"latitude":null}}}"""
                .formatted(iso, s.at(), s.description(), s.location(), s.stage() == null ? "null" : "\"" + s.stage() + "\"",
                        s.subStatus() == null ? "null" : "\"" + s.subStatus() + "\"", s.country());
    }

    public static String seventeenTrackSign(String body, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((body + "/" + key).getBytes(StandardCharsets.UTF_8)));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One AfterShip checkpoint. {@code time} as AfterShip sends it: with or without offset, or a date. */
    public record Checkpoint(String time, String countryIso3, String location, String message, String tag, String subtag,
                             String slug) {
    }

    public static String afterShip(String eventId, String number, String slug, String tag, String subtag, String originIso3,
                                   String destinationIso3, List<Checkpoint> checkpoints) {
        StringBuilder list = new StringBuilder();
        for (Checkpoint c : checkpoints) {
            list.append(list.isEmpty() ? "" : ",").append("""
                    {"slug":"%s","city":null,"created_at":"2026-11-23T00:00:00+00:00","location":"%s","country_name":null,
                    "message":"%s","country_iso3":%s,"tag":"%s","subtag":"%s","subtag_message":"","checkpoint_time":"%s",
                    "coordinates":[],"state":null,"zip":null,"raw_tag":""}"""
                    .formatted(c.slug(), c.location(), c.message(), c.countryIso3() == null ? "null" : "\"" + c.countryIso3() + "\"",
                            c.tag(), c.subtag(), c.time()));
        }
        return """
                {"event":"tracking_update","event_id":"%s","is_tracking_first_tag":false,
                "msg":{"id":"grhrexm6t3hiwkjwq37jd003","tracking_number":"%s","slug":"%s","tag":"%s","subtag":"%s",
                "subtag_message":"","origin_country_iso3":"%s","destination_country_iso3":"%s","active":true,
                "checkpoints":[%s]},"ts":1763856000}"""
                .formatted(eventId, number, slug, tag, subtag, originIso3, destinationIso3, list);
    }

    public static String afterShipSign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
