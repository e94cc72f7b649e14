package org.aftercare.logistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A tracking event as a source delivers it: a provider webhook, our JSON batch API, a CSV file or
 * the simulator. {@code status} may be null when the source only knows the carrier's raw status;
 * the status mapping table then decides. {@code providerEventId} may be null when the source has
 * no event id; a hash of the event's content stands in, so a redelivery is still recognised.
 *
 * @param carrierCode the carrier the source says scanned it; helps to pick the shipment when a
 *                    tracking number is reused across carriers; may be null
 */
public record IncomingEvent(String provider, String providerEventId, String trackingNumber, String carrierCode,
                            Instant occurredAt, String zone, String location, String rawStatus, String description,
                            TrackingStatus status, SubStatus subStatus, Milestone milestone) {

    private static final MessageDigest SHA_256 = prototype();

    public IncomingEvent {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("provider: required");
        }
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber: required");
        }
        if (occurredAt == null) {
            throw new IllegalArgumentException("occurredAt: required");
        }
        if (status == null && (rawStatus == null || rawStatus.isBlank())) {
            throw new IllegalArgumentException("status: either a status or a raw carrier status is required");
        }
        trackingNumber = trackingNumber.trim().toUpperCase();
    }

    /** The provider's event id, or a content hash when the provider gives none. */
    public String eventKey() {
        if (providerEventId != null && !providerEventId.isBlank()) {
            return providerEventId;
        }
        return contentKey("sha256", trackingNumber, occurredAt.toString(), String.valueOf(rawStatus),
                String.valueOf(status), String.valueOf(location), String.valueOf(description));
    }

    /**
     * A stable id for an event whose provider gives none: a prefix and the first 128 bits of the
     * SHA-256 of its identifying fields. The same scan delivered again gets the same id.
     */
    public static String contentKey(String prefix, String... fields) {
        // The same bytes as hashing String.join("|", fields), without building the joined string.
        MessageDigest sha = sha256();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sha.update((byte) '|');
            }
            sha.update(String.valueOf(fields[i]).getBytes(StandardCharsets.UTF_8));
        }
        return prefix + ":" + HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** A fresh SHA-256, cloned from a prototype: cheaper than a provider look-up per event. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        }
        catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            }
            catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
