package org.aftercare.logistics;

import java.util.List;

/**
 * What one ingested batch did.
 *
 * @param stored      new events written
 * @param duplicates  events already known (redeliveries), which changed nothing
 * @param unmapped    new events whose raw status no mapping knows yet (kept, listed as unmapped)
 * @param waiting     new events for tracking numbers with no shipment yet (kept, linked later)
 * @param future      new events dated in the future (kept and flagged, not used for status)
 * @param updated     shipments whose state the new events advanced
 */
public record IngestResult(int received, int stored, int duplicates, int unmapped, int waiting, int future,
                           List<ShipmentId> updated) {
}
