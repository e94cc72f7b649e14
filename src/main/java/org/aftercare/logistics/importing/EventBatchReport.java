package org.aftercare.logistics.importing;

import java.util.List;

/**
 * What one posted batch of tracking events did: {@code received = stored + duplicates + rejected}.
 * Good events are kept even when others in the batch are rejected.
 *
 * @param duplicates         events already stored before (a redelivery), which changed nothing
 * @param unmapped           new events whose raw status no mapping knows yet (kept, listed as unmapped)
 * @param waitingForShipment new events for tracking numbers with no shipment yet (linked when it arrives)
 * @param future             new events dated in the future (kept and flagged, not used for status)
 */
public record EventBatchReport(long received, long stored, long duplicates, long unmapped, long waitingForShipment,
                               long future, List<Rejection> rejected) {

    /** @param field the JSON path of the field at fault, e.g. {@code events[3].occurredAt} */
    public record Rejection(int index, String field, String reason) {
    }
}
