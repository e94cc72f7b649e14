package org.aftercare.evidence;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;

/**
 * A file someone wants to add to an order's evidence — or, without an order, to a shop-level case
 * ({@link EvidenceArchive#addToShopCase}); the content travels beside it as a stream.
 *
 * @param order      the order; null only for an item of a shop-level case
 * @param shipment   optional
 * @param caseRef    optional: the case it is uploaded for
 * @param fileName   as the sender named it: checked (no paths, no NUL) and compared with the content
 * @param capturedAt optional: when it was taken or made
 * @param source     optional: "upload" when absent
 */
public record NewEvidence(OrderId order, ShipmentId shipment, UUID caseRef, EvidenceKind kind, String fileName,
                          Instant capturedAt, String source) {

    public static NewEvidence upload(OrderId order, EvidenceKind kind, String fileName) {
        return new NewEvidence(order, null, null, kind, fileName, null, "upload");
    }

    /** An item of a shop-level case: no order, no shipment. */
    public static NewEvidence forShopCase(UUID caseRef, EvidenceKind kind, String fileName, Instant capturedAt,
                                          String source) {
        return new NewEvidence(null, null, caseRef, kind, fileName, capturedAt, source);
    }

    public NewEvidence forCase(UUID caseRef) {
        return new NewEvidence(order, shipment, caseRef, kind, fileName, capturedAt, source);
    }
}
