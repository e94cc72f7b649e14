package org.aftercare.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * The evidence archive of a tenant's orders. Other modules (cases, desk, returns) add files and read
 * them here; nothing else touches the store.
 *
 * <p>Adding is all or nothing: the content is written to a temporary file while its SHA-256 is computed,
 * checked, moved to its content address, and only then is the row written — a refused or failed file
 * leaves nothing behind. The same content added twice to one order is one item (the first).
 */
@Service
public class EvidenceArchive {

    /**
     * Checks and stores a file: its type is read from the bytes and must match the name's extension;
     * empty files, names with paths or NUL, files over the size limit and images that do not decode are
     * refused.
     *
     * @return the stored item, or the existing one if the order already holds the same bytes
     * @throws EvidenceRefused naming the file and the reason; nothing is stored
     * @throws org.aftercare.shared.NotFound if the order is not the actor's tenant's
     */
    public EvidenceItem add(Actor actor, NewEvidence item, InputStream content) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The order's items, oldest first (purged items are gone). */
    public List<EvidenceItem> ofOrder(Actor actor, OrderId order) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** @throws org.aftercare.shared.NotFound if there is no such item in the actor's tenant */
    public EvidenceItem get(Actor actor, EvidenceItemId id) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Streams the item's content to {@code out}, hashing while it streams. When the bytes do not match the
     * stored SHA-256 the stream is not closed normally: {@link Tampered} is thrown after the last byte (the
     * caller must discard what it wrote) and the finding is written to the audit log.
     *
     * @throws Tampered if the content changed or is missing
     */
    public void copyContent(Actor actor, EvidenceItemId id, OutputStream out) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The item's JPEG thumbnail (images only), or empty. */
    public java.util.Optional<byte[]> thumbnail(Actor actor, EvidenceItemId id) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Makes the order's generated items from Aftercare's own data: the order record, a tracking trail PDF
     * per shipment, the buyer chat transcripts. Idempotent: the same data gives the same bytes and so the
     * same items; changed data (a new scan) gives a new item beside the old one.
     *
     * @return the generated items as they now stand (new or already present)
     */
    public List<EvidenceItem> generate(Actor actor, OrderId order) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Puts the order's evidence under legal hold by {@code holder} (for example a case id): nothing of it
     * is purged until every holder has released it. Holding twice by the same holder is one hold.
     */
    public void hold(TenantId tenant, OrderId order, String holder) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Releases {@code holder}'s hold; a hold that does not exist is ignored. */
    public void release(TenantId tenant, OrderId order, String holder) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Deletes an item at a user's request, only once its retention has passed and no hold is on its order.
     *
     * @throws PurgeRefused inside retention or under hold (the refusal is audited)
     */
    public void purge(Actor actor, EvidenceItemId id) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Sets a shop's retention in days after the order's last activity.
     *
     * @throws IllegalArgumentException "retentionDays: …" below the minimum of 180 days
     */
    public void setRetention(Actor actor, ShopId shop, int retentionDays) {
        throw new UnsupportedOperationException("not built yet");
    }
}
