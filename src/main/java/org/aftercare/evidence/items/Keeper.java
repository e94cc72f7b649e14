package org.aftercare.evidence.items;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceItemId;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.evidence.intake.StagedFile;
import org.aftercare.evidence.store.FileStore;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a checked file: under its content lock, in one transaction, the bytes go to the store and then
 * the row is written. If the row cannot be written, bytes written for it are removed again, so a
 * failure leaves neither a row without a file nor a file without a row.
 */
@Component
public class Keeper {

    private final EvidenceRows rows;
    private final FileStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    Keeper(EvidenceRows rows, FileStore store, TransactionTemplate tx, Clock clock) {
        this.rows = rows;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param shop the order's shop; for an item without an order (a shop-level case), the case's shop
     * @return the new item, or the order's (or shop-level case's) existing item with the same bytes
     */
    public EvidenceItem keep(TenantId tenant, UUID shop, String actor, NewEvidence what, StagedFile file, boolean generated) {
        boolean[] written = {false};
        rows.pending(file.sha256(), clock.instant());
        try {
            return tx.execute(status -> {
                rows.lockContent(file.sha256());
                var existing = what.order() == null
                        ? rows.findByCaseContent(tenant, what.caseRef(), file.sha256())
                        : rows.findByContent(tenant, what.order(), file.sha256());
                if (existing.isPresent()) {
                    rows.settled(file.sha256());
                    return existing.get();
                }
                try {
                    written[0] = store.put(file.sha256(), file.file());
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                // PostgreSQL keeps microseconds: the item returned is the item read back
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                EvidenceItem item = new EvidenceItem(new EvidenceItemId(UUID.randomUUID()), what.order(), what.shipment(),
                        what.caseRef(), what.kind(), file.fileName(), file.mediaType(), file.size(), file.sha256(),
                        what.capturedAt() == null ? now : what.capturedAt().truncatedTo(ChronoUnit.MICROS),
                        what.source() == null || what.source().isBlank() ? "upload" : what.source(),
                        now, actor, generated, file.thumbnail() != null);
                rows.insert(tenant, what.order() == null ? shop : null, item, file.thumbnail());
                if (what.order() != null) {
                    rows.touchOrder(tenant, what.order(), shop, now);
                }
                rows.settled(file.sha256());
                return item;
            });
        }
        catch (RuntimeException e) {
            if (written[0]) {
                forget(file.sha256());
            }
            else {
                rows.settled(file.sha256());
            }
            throw e;
        }
    }

    /**
     * Removes bytes noted as pending since before {@code before} (a crash between storing them and writing
     * their row) unless an item refers to them. @return how many were looked at
     */
    public int forgetAbandoned(Instant before, int limit) {
        List<String> abandoned = rows.pendingBefore(before, limit);
        abandoned.forEach(this::forget);
        return abandoned.size();
    }

    /** Removes bytes this attempt wrote, unless another item took them meanwhile. */
    private void forget(String sha256) {
        tx.executeWithoutResult(status -> {
            rows.lockContent(sha256);
            rows.settled(sha256);
            if (!rows.referenced(sha256)) {
                try {
                    store.delete(sha256);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
