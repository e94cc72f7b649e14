package org.aftercare.evidence;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;

/**
 * One file in an order's evidence, as stored. Items are never changed: a corrected file is a new
 * item. The content is addressed by {@link #sha256()}; {@link EvidenceArchive#copyContent} checks it on
 * every read.
 *
 * @param order       the order whose file it is; null for an item of a shop-level case (then {@code caseRef} is set)
 * @param shipment    the shipment it concerns, or null
 * @param caseRef     the case it was uploaded for, or null
 * @param mediaType   as detected from the bytes, never from the name
 * @param capturedAt  when the photo was taken or the document made, if known; else when it was stored
 * @param source      where it came from: "upload", "api", "generated:trail", …
 * @param storedBy    the actor who stored it
 * @param generated   made by Aftercare from its own data (trail PDF, transcript, order record)
 * @param thumbnail   a JPEG thumbnail exists (images only)
 */
public record EvidenceItem(EvidenceItemId id, OrderId order, ShipmentId shipment, UUID caseRef, EvidenceKind kind,
                           String fileName, String mediaType, long size, String sha256, Instant capturedAt,
                           String source, Instant storedAt, String storedBy, boolean generated, boolean thumbnail) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
