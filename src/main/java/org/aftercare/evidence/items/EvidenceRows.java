package org.aftercare.evidence.items;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceItemId;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence items, the orders they belong to, legal holds and shop retention: the archive's SQL. */
@Repository
public class EvidenceRows {

    private static final String COLUMNS = """
            id, order_id, shipment_id, case_ref, kind, file_name, media_type, size_bytes, sha256, captured_at,
            source, stored_at, stored_by, generated, thumbnail is not null as has_thumbnail
            """;

    private final JdbcClient jdbc;

    EvidenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes everything done with one content address (keeping, deleting) until the transaction ends. */
    public void lockContent(String sha256) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:sha, 7))").param("sha", sha256).query().singleValue();
    }

    /** Notes that bytes are about to be kept, outside the keeping transaction, so a crash leaves a trace. */
    public void pending(String sha256, Instant since) {
        jdbc.sql("insert into evidence_pending (sha256, since) values (:sha, :since) on conflict (sha256) do nothing")
                .param("sha", sha256).param("since", Timestamp.from(since)).update();
    }

    public void settled(String sha256) {
        jdbc.sql("delete from evidence_pending where sha256 = :sha").param("sha", sha256).update();
    }

    /** Bytes noted as pending before {@code before}: left by a crash. */
    public List<String> pendingBefore(Instant before, int limit) {
        return jdbc.sql("select sha256 from evidence_pending where since < :before order by since limit :limit")
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query(String.class).list();
    }

    public Optional<EvidenceItem> findByContent(TenantId tenant, OrderId order, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item where tenant_id = :tenant and order_id = :order and sha256 = :sha")
                .param("tenant", tenant.value()).param("order", order.value()).param("sha", sha256)
                .query(EvidenceRows::item).optional();
    }

    /** An item of a shop-level case with the same bytes (no order). */
    public Optional<EvidenceItem> findByCaseContent(TenantId tenant, UUID caseRef, String sha256) {
        return jdbc.sql("select " + COLUMNS + """
                         from evidence_item
                        where tenant_id = :tenant and order_id is null and case_ref = :caseRef and sha256 = :sha
                        """)
                .param("tenant", tenant.value()).param("caseRef", caseRef).param("sha", sha256)
                .query(EvidenceRows::item).optional();
    }

    /** @param shop set only for an item without an order (a shop-level case's) */
    public void insert(TenantId tenant, UUID shop, EvidenceItem item, byte[] thumbnail) {
        jdbc.sql("""
                        insert into evidence_item (id, tenant_id, order_id, shop_id, shipment_id, case_ref, kind, file_name,
                                                   media_type, size_bytes, sha256, captured_at, source, stored_at, stored_by,
                                                   generated, thumbnail)
                        values (:id, :tenant, :order, :shop, :shipment, :caseRef, :kind, :fileName, :mediaType,
                                :size, :sha, :capturedAt, :source, :storedAt, :storedBy, :generated, :thumbnail)
                        """)
                .param("id", item.id().value())
                .param("tenant", tenant.value())
                .param("order", item.order() == null ? null : item.order().value())
                .param("shop", shop)
                .param("shipment", item.shipment() == null ? null : item.shipment().value())
                .param("caseRef", item.caseRef())
                .param("kind", item.kind().name())
                .param("fileName", item.fileName())
                .param("mediaType", item.mediaType())
                .param("size", item.size())
                .param("sha", item.sha256())
                .param("capturedAt", Timestamp.from(item.capturedAt()))
                .param("source", item.source())
                .param("storedAt", Timestamp.from(item.storedAt()))
                .param("storedBy", item.storedBy())
                .param("generated", item.generated())
                .param("thumbnail", thumbnail)
                .update();
    }

    public List<EvidenceItem> ofOrder(TenantId tenant, OrderId order) {
        return jdbc.sql("select " + COLUMNS + """
                         from evidence_item
                        where tenant_id = :tenant and order_id = :order
                        order by stored_at, file_name, id
                        """)
                .param("tenant", tenant.value()).param("order", order.value())
                .query(EvidenceRows::item).list();
    }

    /** The items of a shop-level case (those without an order), oldest first. */
    public List<EvidenceItem> ofShopCase(TenantId tenant, UUID shop, UUID caseRef) {
        return jdbc.sql("select " + COLUMNS + """
                         from evidence_item
                        where tenant_id = :tenant and order_id is null and shop_id = :shop and case_ref = :caseRef
                        order by stored_at, file_name, id
                        """)
                .param("tenant", tenant.value()).param("shop", shop).param("caseRef", caseRef)
                .query(EvidenceRows::item).list();
    }

    /** The shop of an item without an order (a shop-level case's). */
    public Optional<UUID> shopOf(TenantId tenant, EvidenceItemId id) {
        return jdbc.sql("select shop_id from evidence_item where tenant_id = :tenant and id = :id and shop_id is not null")
                .param("tenant", tenant.value()).param("id", id.value())
                .query(UUID.class).optional();
    }

    public Optional<EvidenceItem> find(TenantId tenant, EvidenceItemId id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id.value())
                .query(EvidenceRows::item).optional();
    }

    public Optional<byte[]> thumbnail(TenantId tenant, EvidenceItemId id) {
        return jdbc.sql("select thumbnail from evidence_item where tenant_id = :tenant and id = :id and thumbnail is not null")
                .param("tenant", tenant.value()).param("id", id.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Removes the item's row. @return whether any item (of any order or tenant) still has its content */
    public boolean delete(TenantId tenant, EvidenceItemId id, String sha256) {
        jdbc.sql("delete from evidence_item where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id.value()).update();
        return referenced(sha256);
    }

    public boolean referenced(String sha256) {
        return jdbc.sql("select exists (select 1 from evidence_item where sha256 = :sha)")
                .param("sha", sha256).query(Boolean.class).single();
    }

    /** Notes activity on the order: its retention counts from the latest. */
    public void touchOrder(TenantId tenant, OrderId order, UUID shop, Instant at) {
        jdbc.sql("""
                        insert into evidence_order (order_id, tenant_id, shop_id, last_activity_at)
                        values (:order, :tenant, :shop, :at)
                        on conflict (order_id) do update
                           set last_activity_at = greatest(evidence_order.last_activity_at, excluded.last_activity_at)
                        """)
                .param("order", order.value()).param("tenant", tenant.value()).param("shop", shop)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** @param shop the order's shop */
    public record OrderActivity(UUID shop, Instant lastActivityAt) {
    }

    public Optional<OrderActivity> activity(TenantId tenant, OrderId order) {
        return jdbc.sql("select shop_id, last_activity_at from evidence_order where tenant_id = :tenant and order_id = :order")
                .param("tenant", tenant.value()).param("order", order.value())
                .query((rs, n) -> new OrderActivity(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** The tenant's orders with evidence, most recent activity first. */
    public List<OrderId> recentOrders(TenantId tenant, int limit) {
        return jdbc.sql("select order_id from evidence_order where tenant_id = :tenant order by last_activity_at desc limit :limit")
                .param("tenant", tenant.value()).param("limit", limit)
                .query((rs, n) -> new OrderId(rs.getObject(1, UUID.class))).list();
    }

    public void hold(TenantId tenant, OrderId order, String holder, Instant at) {
        jdbc.sql("""
                        insert into evidence_hold (tenant_id, order_id, holder, held_at)
                        values (:tenant, :order, :holder, :at)
                        on conflict (order_id, holder) do nothing
                        """)
                .param("tenant", tenant.value()).param("order", order.value()).param("holder", holder)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** @return whether a hold was released */
    public boolean release(TenantId tenant, OrderId order, String holder) {
        return jdbc.sql("delete from evidence_hold where tenant_id = :tenant and order_id = :order and holder = :holder")
                .param("tenant", tenant.value()).param("order", order.value()).param("holder", holder)
                .update() > 0;
    }

    public List<String> holders(TenantId tenant, OrderId order) {
        return jdbc.sql("select holder from evidence_hold where tenant_id = :tenant and order_id = :order order by held_at, holder")
                .param("tenant", tenant.value()).param("order", order.value())
                .query(String.class).list();
    }

    public Optional<Integer> retentionDays(TenantId tenant, UUID shop) {
        return jdbc.sql("select retention_days from evidence_retention where tenant_id = :tenant and shop_id = :shop")
                .param("tenant", tenant.value()).param("shop", shop)
                .query(Integer.class).optional();
    }

    public void setRetention(TenantId tenant, UUID shop, int days, Instant at, String by) {
        jdbc.sql("""
                        insert into evidence_retention (shop_id, tenant_id, retention_days, updated_at, updated_by)
                        values (:shop, :tenant, :days, :at, :by)
                        on conflict (shop_id) do update
                           set retention_days = excluded.retention_days, updated_at = excluded.updated_at,
                               updated_by = excluded.updated_by
                        """)
                .param("shop", shop).param("tenant", tenant.value()).param("days", days)
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    /** An order whose evidence is past its retention by what the archive knows, and not held. */
    public record ExpiredOrder(TenantId tenant, OrderId order, UUID shop, Instant lastActivityAt, int retentionDays) {
    }

    /**
     * Orders past retention by their recorded last activity, oldest first; the caller re-checks activity
     * elsewhere (shipments, conversations) before deleting.
     */
    public List<ExpiredOrder> expired(Instant now, int defaultDays, int limit) {
        return jdbc.sql("""
                        select o.tenant_id, o.order_id, o.shop_id, o.last_activity_at,
                               coalesce(r.retention_days, :defaultDays) as retention_days
                          from evidence_order o
                          left join evidence_retention r on r.shop_id = o.shop_id
                         where o.last_activity_at < cast(:now as timestamptz) - make_interval(days => coalesce(r.retention_days, :defaultDays))
                           and not exists (select 1 from evidence_hold h where h.order_id = o.order_id)
                           and exists (select 1 from evidence_item i where i.order_id = o.order_id)
                         order by o.last_activity_at
                         limit :limit
                        """)
                .param("now", Timestamp.from(now)).param("defaultDays", defaultDays).param("limit", limit)
                .query((rs, n) -> new ExpiredOrder(new TenantId(rs.getObject(1, UUID.class)), new OrderId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), rs.getInt(5)))
                .list();
    }

    static EvidenceItem item(ResultSet rs, int n) throws SQLException {
        UUID shipment = rs.getObject("shipment_id", UUID.class);
        UUID order = rs.getObject("order_id", UUID.class);
        return new EvidenceItem(new EvidenceItemId(rs.getObject("id", UUID.class)), order == null ? null : new OrderId(order),
                shipment == null ? null : new ShipmentId(shipment), rs.getObject("case_ref", UUID.class),
                EvidenceKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("captured_at").toInstant(),
                rs.getString("source"), rs.getTimestamp("stored_at").toInstant(), rs.getString("stored_by"),
                rs.getBoolean("generated"), rs.getBoolean("has_thumbnail"));
    }
}
