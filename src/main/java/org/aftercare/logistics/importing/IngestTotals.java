package org.aftercare.logistics.importing;

import java.util.ArrayList;
import java.util.List;

import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.IngestResult;
import org.aftercare.logistics.Tracking;
import org.aftercare.tenancy.TenantId;

/**
 * Feeds good events to {@link Tracking#ingest} in batches of {@link #BATCH_SIZE} — one statement
 * and one transaction each, so a large file neither holds one huge transaction nor costs a round
 * trip per line — and adds up what the batches did.
 */
final class IngestTotals {

    /** Events per call to Tracking.ingest. */
    static final int BATCH_SIZE = 2_000;

    private final Tracking tracking;
    private final TenantId tenant;
    private final List<IncomingEvent> pending = new ArrayList<>();
    long stored;
    long duplicates;
    long unmapped;
    long waiting;
    long future;

    IngestTotals(Tracking tracking, TenantId tenant) {
        this.tracking = tracking;
        this.tenant = tenant;
    }

    void add(IncomingEvent event) {
        pending.add(event);
        if (pending.size() == BATCH_SIZE) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        IngestResult result = tracking.ingest(tenant, List.copyOf(pending));
        pending.clear();
        stored += result.stored();
        duplicates += result.duplicates();
        unmapped += result.unmapped();
        waiting += result.waiting();
        future += result.future();
    }
}
