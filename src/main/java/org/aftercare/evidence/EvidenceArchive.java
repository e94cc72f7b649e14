package org.aftercare.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.evidence.generate.Generator;
import org.aftercare.evidence.intake.Intake;
import org.aftercare.evidence.intake.StagedFile;
import org.aftercare.evidence.items.EvidenceRows;
import org.aftercare.evidence.items.Keeper;
import org.aftercare.evidence.retention.Retention;
import org.aftercare.evidence.store.FileStore;
import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger log = LoggerFactory.getLogger(EvidenceArchive.class);

    private final Orders orders;
    private final Intake intake;
    private final Keeper keeper;
    private final EvidenceRows rows;
    private final FileStore store;
    private final Generator generator;
    private final Retention retention;
    private final AuditLog audit;
    private final Shops shops;
    private final Clock clock;

    EvidenceArchive(Orders orders, Intake intake, Keeper keeper, EvidenceRows rows, FileStore store, Generator generator,
                    Retention retention, AuditLog audit, Shops shops, Clock clock) {
        this.orders = orders;
        this.shops = shops;
        this.intake = intake;
        this.keeper = keeper;
        this.rows = rows;
        this.store = store;
        this.generator = generator;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

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
        actor.requireWrite();
        if (item == null || item.order() == null) {
            throw new IllegalArgumentException("order: required");
        }
        if (item.kind() == null) {
            throw new IllegalArgumentException("kind: required, one of " + java.util.Arrays.toString(EvidenceKind.values()));
        }
        Order order = order(actor, item.order());
        try (StagedFile staged = intake.stage(item.fileName(), content)) {
            return keeper.keep(actor.tenant(), order.shop().value(), actor.name(), item, staged, false);
        }
    }

    /**
     * Stores a file for a shop-level case (a platform appeal about the shop, with no order): checked like
     * any other file, kept with the shop and the case instead of an order, never under an order's hold or
     * retention. The same bytes added twice to the case are one item.
     *
     * @param caseRef the case the item belongs to; {@code item} must have no order
     * @throws org.aftercare.shared.NotFound if the shop is not the actor's tenant's or in a market they serve
     */
    public EvidenceItem addToShopCase(Actor actor, ShopId shop, NewEvidence item, InputStream content) {
        actor.requireWrite();
        if (item == null || item.caseRef() == null) {
            throw new IllegalArgumentException("caseRef: required for an item without an order");
        }
        if (item.order() != null || item.shipment() != null) {
            throw new IllegalArgumentException("order: an item of a shop-level case has no order or shipment");
        }
        if (item.kind() == null) {
            throw new IllegalArgumentException("kind: required, one of " + java.util.Arrays.toString(EvidenceKind.values()));
        }
        Shop s = shop(actor, shop);
        try (StagedFile staged = intake.stage(item.fileName(), content)) {
            return keeper.keep(actor.tenant(), s.id().value(), actor.name(), item, staged, false);
        }
    }

    /** The items of a shop-level case, oldest first. */
    public List<EvidenceItem> ofShopCase(Actor actor, ShopId shop, UUID caseRef) {
        shop(actor, shop);
        return rows.ofShopCase(actor.tenant(), shop.value(), caseRef);
    }

    /** The order's items, oldest first (purged items are gone). */
    public List<EvidenceItem> ofOrder(Actor actor, OrderId order) {
        order(actor, order);
        return rows.ofOrder(actor.tenant(), order);
    }

    /** @throws org.aftercare.shared.NotFound if there is no such item in the actor's tenant */
    public EvidenceItem get(Actor actor, EvidenceItemId id) {
        EvidenceItem item = rows.find(actor.tenant(), id).orElseThrow(() -> new NotFound("Evidence item", id));
        if (item.order() == null) {
            rows.shopOf(actor.tenant(), id).map(ShopId::new)
                    .filter(shop -> shops.find(actor.tenant(), shop).filter(s -> actor.serves(s.market())).isPresent())
                    .orElseThrow(() -> new NotFound("Evidence item", id));
        }
        else {
            order(actor, item.order());
        }
        return item;
    }

    /**
     * Streams the item's content to {@code out}, hashing while it streams. When the bytes do not match the
     * stored SHA-256 the stream is not closed normally: {@link Tampered} is thrown after the last byte (the
     * caller must discard what it wrote) and the finding is written to the audit log.
     *
     * @throws Tampered if the content changed or is missing
     */
    public void copyContent(Actor actor, EvidenceItemId id, OutputStream out) {
        EvidenceItem item = get(actor, id);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            Optional<InputStream> stored = store.open(item.sha256());
            if (stored.isEmpty()) {
                throw tampered(actor, item, item.fileName() + " (" + item.id() + ") is missing from the evidence store");
            }
            try (InputStream in = stored.get()) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    size += n;
                }
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equals(item.sha256()) || size != item.size()) {
                throw tampered(actor, item, item.fileName() + " (" + item.id() + ") has changed since it was stored: SHA-256 "
                        + actual + " instead of " + item.sha256() + "; it must not be used as evidence");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The item's JPEG thumbnail (images only), or empty. */
    public Optional<byte[]> thumbnail(Actor actor, EvidenceItemId id) {
        get(actor, id);
        return rows.thumbnail(actor.tenant(), id);
    }

    /**
     * Makes the order's generated items from Aftercare's own data: the order record, a tracking trail PDF
     * per shipment, the buyer chat transcripts. Idempotent: the same data gives the same bytes and so the
     * same items; changed data (a new scan) gives a new item beside the old one.
     *
     * @return the generated items as they now stand (new or already present)
     */
    public List<EvidenceItem> generate(Actor actor, OrderId order) {
        actor.requireWrite();
        return generator.generate(actor, order(actor, order));
    }

    /**
     * Puts the order's evidence under legal hold by {@code holder} (for example a case id): nothing of it
     * is purged until every holder has released it. Holding twice by the same holder is one hold.
     */
    public void hold(TenantId tenant, OrderId order, String holder) {
        if (holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("holder: required (for example the case id)");
        }
        rows.hold(tenant, order, holder, clock.instant());
        audit.record(tenant, holder, "evidence.hold", order.toString(), "legal hold on the order's evidence", null);
    }

    /** Releases {@code holder}'s hold; a hold that does not exist is ignored. */
    public void release(TenantId tenant, OrderId order, String holder) {
        if (rows.release(tenant, order, holder)) {
            // the end of a case is activity on the order: retention counts from here
            orders.find(tenant, order).ifPresent(o -> rows.touchOrder(tenant, order, o.shop().value(), clock.instant()));
            audit.record(tenant, holder, "evidence.release", order.toString(), "legal hold released", null);
        }
    }

    /**
     * Deletes an item at a user's request, only once its retention has passed and no hold is on its order.
     *
     * @throws PurgeRefused inside retention or under hold (the refusal is audited)
     */
    public void purge(Actor actor, EvidenceItemId id) {
        actor.requireManage();
        retention.purge(actor, get(actor, id));
    }

    /**
     * Sets a shop's retention in days after the order's last activity.
     *
     * @throws IllegalArgumentException "retentionDays: …" below the minimum of 180 days
     */
    public void setRetention(Actor actor, ShopId shop, int retentionDays) {
        actor.requireManage();
        retention.setDays(actor, shop.value(), retentionDays);
    }

    /** The order, if it is the actor's tenant's and in a market the actor serves. */
    private Order order(Actor actor, OrderId id) {
        return orders.find(actor.tenant(), id).filter(o -> actor.serves(o.market()))
                .orElseThrow(() -> new NotFound("Order", id));
    }

    /** The shop, if it is the actor's tenant's and in a market the actor serves. */
    private Shop shop(Actor actor, ShopId id) {
        if (id == null) {
            throw new IllegalArgumentException("shop: required");
        }
        return shops.find(actor.tenant(), id).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", id));
    }

    private Tampered tampered(Actor actor, EvidenceItem item, String message) {
        audit.record(actor, "evidence.tampered", item.id().toString(), message);
        log.error("Evidence tampered: {}", message);
        return new Tampered(item.id(), message);
    }
}
