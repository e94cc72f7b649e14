package org.aftercare.evidence.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.evidence.EvidenceItem;

/** An evidence item as the API shows it, with links to its content and thumbnail. */
record ItemResponse(UUID id, UUID order, UUID shipment, UUID caseRef, String kind, String fileName, String mediaType,
                    long size, String sha256, Instant capturedAt, String source, Instant storedAt, String storedBy,
                    boolean generated, String content, String thumbnail) {

    static ItemResponse of(EvidenceItem item) {
        String base = "/api/v1/evidence/items/" + item.id();
        return new ItemResponse(item.id().value(), item.order() == null ? null : item.order().value(), item.shipment() == null ? null : item.shipment().value(),
                item.caseRef(), item.kind().name(), item.fileName(), item.mediaType(), item.size(), item.sha256(),
                item.capturedAt(), item.source(), item.storedAt(), item.storedBy(), item.generated(), base + "/content",
                item.thumbnail() ? base + "/thumbnail" : null);
    }

    static List<ItemResponse> of(List<EvidenceItem> items) {
        return items.stream().map(ItemResponse::of).toList();
    }
}
