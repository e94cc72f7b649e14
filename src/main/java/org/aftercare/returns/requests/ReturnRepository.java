package org.aftercare.returns.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftercare.orders.BuyerId;
import org.aftercare.orders.OrderId;
import org.aftercare.returns.Decision;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnId;
import org.aftercare.returns.ReturnPhoto;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnView;
import org.aftercare.shared.Money;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Return requests, their lines and refunds; every statement takes the tenant. */
@Repository
public class ReturnRepository {

    private final JdbcClient jdbc;

    ReturnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request about to be stored, with its decision. */
    public record Pending(ReturnId id, TenantId tenant, ShopId shop, OrderId order, BuyerId buyer, String market,
                          String source, String externalId, UUID ticket, String comment, Instant requestedAt,
                          Instant deliveredAt, LocalDate windowLastDay, Decision decision, Instant decidedAt,
                          Instant reviewDueAt, String returnShippingPaidBy, String exchangeWanted,
                          List<ReturnView.Line> lines) {
    }

    /** Serialises requests on one order, so two requests cannot both return its last item. */
    public void lockOrder(OrderId order) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:order, 7))")
                .param("order", "return-order:" + order.value())
                .query((rs, row) -> 1).list();
    }

    /** Quantities of each order line in earlier requests not rejected. */
    public Map<Integer, Integer> returnedQuantities(TenantId tenant, OrderId order) {
        Map<Integer, Integer> returned = new HashMap<>();
        jdbc.sql("""
                        select l.order_line_no, sum(l.quantity) as quantity
                          from return_line l
                          join return_request r on r.id = l.return_id
                         where r.tenant_id = :tenant and r.order_id = :order and r.status <> 'REJECTED'
                         group by l.order_line_no
                        """)
                .param("tenant", tenant.value())
                .param("order", order.value())
                .query(rs -> {
                    returned.put(rs.getInt("order_line_no"), rs.getInt("quantity"));
                });
        return returned;
    }

    /** The buyer's requests not rejected in the 90 and 365 days before {@code at}. */
    public int[] history(TenantId tenant, BuyerId buyer, Instant at) {
        if (buyer == null) {
            return new int[] {0, 0};
        }
        return jdbc.sql("""
                        select count(*) filter (where requested_at > cast(:at as timestamptz) - interval '90 days') as in90,
                               count(*) as in365
                          from return_request
                         where tenant_id = :tenant and buyer_id = :buyer and status <> 'REJECTED'
                           and requested_at > cast(:at as timestamptz) - interval '365 days'
                           and requested_at <= cast(:at as timestamptz)
                        """)
                .param("tenant", tenant.value())
                .param("buyer", buyer.value())
                .param("at", Timestamp.from(at))
                .query((rs, row) -> new int[] {rs.getInt("in90"), rs.getInt("in365")})
                .single();
    }

    /** Stores the request, or nothing when its (source, external id) was stored meanwhile. */
    public boolean insert(Pending p, Instant now) {
        int inserted = jdbc.sql("""
                        insert into return_request (id, tenant_id, shop_id, order_id, buyer_id, market, source, external_id,
                               ticket_id, status, comment, requested_at, delivered_at, window_last_day, decision,
                               decision_rule, decision_reason, decided_at, decided_by, review_due_at,
                               return_shipping_paid_by, exchange_wanted, created_at, updated_at)
                        values (:id, :tenant, :shop, :order, :buyer, :market, :source, :externalId, :ticket, :status,
                                :comment, :requestedAt, :deliveredAt, :windowLastDay, :decision, :rule, :reason,
                                :decidedAt, :decidedBy, :reviewDueAt, :paidBy, :exchangeWanted, :now, :now)
                        on conflict (tenant_id, source, external_id) where external_id is not null do nothing
                        """)
                .param("id", p.id().value())
                .param("tenant", p.tenant().value())
                .param("shop", p.shop().value())
                .param("order", p.order().value())
                .param("buyer", p.buyer() == null ? null : p.buyer().value())
                .param("market", p.market())
                .param("source", p.source())
                .param("externalId", p.externalId())
                .param("ticket", p.ticket())
                .param("status", p.decision().action().status())
                .param("comment", p.comment())
                .param("requestedAt", Timestamp.from(p.requestedAt()))
                .param("deliveredAt", p.deliveredAt() == null ? null : Timestamp.from(p.deliveredAt()))
                .param("windowLastDay", p.windowLastDay())
                .param("decision", p.decision().action().name())
                .param("rule", p.decision().rule())
                .param("reason", p.decision().reason())
                .param("decidedAt", p.decidedAt() == null ? null : Timestamp.from(p.decidedAt()))
                .param("decidedBy", p.decidedAt() == null ? null : "rules")
                .param("reviewDueAt", Timestamp.from(p.reviewDueAt()))
                .param("paidBy", p.returnShippingPaidBy())
                .param("exchangeWanted", p.exchangeWanted())
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (ReturnView.Line line : p.lines()) {
            jdbc.sql("""
                            insert into return_line (return_id, line_no, tenant_id, order_line_no, sku, quantity, reason,
                                   unit_value, currency)
                            values (:id, :lineNo, :tenant, :orderLineNo, :sku, :quantity, :reason, :unitValue, :currency)
                            """)
                    .param("id", p.id().value())
                    .param("lineNo", line.lineNo())
                    .param("tenant", p.tenant().value())
                    .param("orderLineNo", line.orderLineNo())
                    .param("sku", line.sku())
                    .param("quantity", line.quantity())
                    .param("reason", line.reason().name())
                    .param("unitValue", line.unitValue().amount())
                    .param("currency", line.unitValue().currency().getCurrencyCode())
                    .update();
        }
        return true;
    }

    /** Keeps the buyer's photos of a request just stored (checked before by {@link AttachmentCheck}). */
    public void insertPhotos(TenantId tenant, ReturnId id, List<AttachmentCheck.Accepted> photos, String by, Instant now) {
        for (AttachmentCheck.Accepted photo : photos) {
            jdbc.sql("""
                            insert into return_photo (id, tenant_id, return_id, file_name, media_type, size_bytes, sha256,
                                   content, created_at, created_by)
                            values (:id, :tenant, :returnId, :name, :type, :size, :sha, :content, :now, :by)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("tenant", tenant.value())
                    .param("returnId", id.value())
                    .param("name", photo.fileName())
                    .param("type", photo.mediaType())
                    .param("size", photo.content().length)
                    .param("sha", photo.sha256())
                    .param("content", photo.content())
                    .param("now", Timestamp.from(now))
                    .param("by", by)
                    .update();
        }
    }

    public List<ReturnPhoto> photos(TenantId tenant, ReturnId id) {
        return jdbc.sql("""
                        select id, file_name, media_type, size_bytes, sha256
                          from return_photo
                         where tenant_id = :tenant and return_id = :id
                         order by created_at, file_name
                        """)
                .param("tenant", tenant.value())
                .param("id", id.value())
                .query((rs, row) -> new ReturnPhoto((UUID) rs.getObject("id"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256")))
                .list();
    }

    public Optional<ReturnPhoto.Content> photo(TenantId tenant, ReturnId id, UUID photo) {
        return jdbc.sql("""
                        select file_name, media_type, content
                          from return_photo
                         where tenant_id = :tenant and return_id = :returnId and id = :id
                        """)
                .param("tenant", tenant.value())
                .param("returnId", id.value())
                .param("id", photo)
                .query((rs, row) -> new ReturnPhoto.Content(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content")))
                .optional();
    }

    public void queueRefund(TenantId tenant, ReturnId id, OrderId order, Money amount, String reason, Instant now) {
        jdbc.sql("""
                        insert into refund (id, tenant_id, return_id, order_id, amount, currency, method, status, reason,
                               created_at)
                        values (:id, :tenant, :returnId, :order, :amount, :currency, 'ORIGINAL_PAYMENT', 'QUEUED', :reason, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenant.value())
                .param("returnId", id.value())
                .param("order", order.value())
                .param("amount", amount.amount())
                .param("currency", amount.currency().getCurrencyCode())
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Cancels the request's refunds not paid yet; false when one was paid (nothing changed then). */
    public boolean cancelQueuedRefunds(TenantId tenant, ReturnId id) {
        boolean paid = jdbc.sql("""
                        select exists (select 1 from refund where tenant_id = :tenant and return_id = :id and status = 'PAID')
                        """)
                .param("tenant", tenant.value()).param("id", id.value()).query(Boolean.class).single();
        if (paid) {
            return false;
        }
        jdbc.sql("update refund set status = 'CANCELLED' where tenant_id = :tenant and return_id = :id and status = 'QUEUED'")
                .param("tenant", tenant.value()).param("id", id.value()).update();
        return true;
    }

    public void decide(TenantId tenant, ReturnId id, Decision decision, String by, Instant at) {
        jdbc.sql("""
                        update return_request
                           set status = :status, decision = :decision, decision_rule = :rule, decision_reason = :reason,
                               decided_at = :at, decided_by = :by, updated_at = :at
                         where tenant_id = :tenant and id = :id
                        """)
                .param("status", decision.action().status())
                .param("decision", decision.action().name())
                .param("rule", decision.rule())
                .param("reason", decision.reason())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("tenant", tenant.value())
                .param("id", id.value())
                .update();
    }

    public Optional<ReturnView> find(TenantId tenant, ReturnId id) {
        return load(tenant, jdbc.sql("select * from return_request where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id.value())).stream().findFirst();
    }

    public Optional<ReturnView> findByExternalId(TenantId tenant, String source, String externalId) {
        return load(tenant, jdbc.sql("""
                        select * from return_request where tenant_id = :tenant and source = :source and external_id = :externalId
                        """)
                .param("tenant", tenant.value()).param("source", source).param("externalId", externalId))
                .stream().findFirst();
    }

    /**
     * Requests of a status (all when null), those waiting for a person first and by their review
     * deadline, then the newest; only the given markets when {@code markets} is not empty.
     */
    public List<ReturnView> list(TenantId tenant, String status, ShopId shop, Set<String> markets, int limit) {
        return list(tenant, status, shop, markets, null, null, null, limit);
    }

    /** The queue: requests waiting for a person first, earliest review deadline first; null filters do not filter. */
    public List<ReturnView> list(TenantId tenant, String status, ShopId shop, Set<String> markets, String market,
                                 String reason, String source, int limit) {
        return load(tenant, jdbc.sql("""
                        select * from return_request r
                         where tenant_id = :tenant
                           and (cast(:status as text) is null or status = :status)
                           and (cast(:shop as uuid) is null or shop_id = :shop)
                           and (cardinality(cast(:markets as text[])) = 0 or market = any(cast(:markets as text[])))
                           and (cast(:market as text) is null or market = :market)
                           and (cast(:source as text) is null or source = :source)
                           and (cast(:reason as text) is null
                                or exists (select 1 from return_line l where l.return_id = r.id and l.reason = :reason))
                         order by decided_at is not null, review_due_at, requested_at desc
                         limit :limit
                        """)
                .param("tenant", tenant.value())
                .param("status", status)
                .param("shop", shop == null ? null : shop.value())
                .param("markets", markets.toArray(String[]::new))
                .param("market", market)
                .param("source", source)
                .param("reason", reason)
                .param("limit", limit));
    }

    private record Row(ReturnId id, long number, ShopId shop, OrderId order, String market, String source,
                       String externalId, UUID ticket, String status, String comment, Instant requestedAt,
                       Instant deliveredAt, LocalDate windowLastDay, ReturnAction decision, String rule, String reason,
                       Instant decidedAt, String decidedBy, Instant reviewDueAt, String paidBy, String exchangeWanted) {
    }

    private List<ReturnView> load(TenantId tenant, JdbcClient.StatementSpec statement) {
        List<Row> rows = statement.query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id().value()).toList();
        Map<UUID, List<ReturnView.Line>> lines = new HashMap<>();
        jdbc.sql("""
                        select return_id, line_no, order_line_no, sku, quantity, reason, unit_value, currency
                          from return_line
                         where tenant_id = :tenant and return_id = any(:ids)
                         order by return_id, line_no
                        """)
                .param("tenant", tenant.value())
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    lines.computeIfAbsent(rs.getObject("return_id", UUID.class), k -> new ArrayList<>())
                            .add(new ReturnView.Line(rs.getInt("line_no"), rs.getInt("order_line_no"), rs.getString("sku"),
                                    rs.getInt("quantity"), ReturnReason.valueOf(rs.getString("reason")),
                                    Money.of(rs.getBigDecimal("unit_value"), rs.getString("currency"))));
                });
        Map<UUID, List<ReturnView.Refund>> refunds = new HashMap<>();
        jdbc.sql("""
                        select return_id, id, amount, currency, method, status, created_at
                          from refund
                         where tenant_id = :tenant and return_id = any(:ids)
                         order by created_at, id
                        """)
                .param("tenant", tenant.value())
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    refunds.computeIfAbsent(rs.getObject("return_id", UUID.class), k -> new ArrayList<>())
                            .add(new ReturnView.Refund(rs.getObject("id", UUID.class),
                                    Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("method"),
                                    rs.getString("status"), rs.getTimestamp("created_at").toInstant()));
                });
        Map<UUID, ReturnView.Exchange> exchanges = new HashMap<>();
        jdbc.sql("""
                        select return_id, id, wanted, status, new_order_id, new_order_number, linked_at
                          from return_exchange
                         where tenant_id = :tenant and return_id = any(:ids)
                        """)
                .param("tenant", tenant.value())
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    exchanges.put(rs.getObject("return_id", UUID.class), new ReturnView.Exchange(
                            rs.getObject("id", UUID.class), rs.getString("wanted"), rs.getString("status"),
                            rs.getObject("new_order_id", UUID.class), rs.getString("new_order_number"),
                            instant(rs, "linked_at")));
                });
        return rows.stream().map(r -> new ReturnView(r.id(), r.number(), r.shop(), r.order(), r.market(), r.source(),
                r.externalId(), r.ticket(), r.status(), r.comment(), r.requestedAt(), r.deliveredAt(), r.windowLastDay(),
                r.decision(), r.rule(), r.reason(), r.decidedAt(), r.decidedBy(), r.reviewDueAt(), r.paidBy(),
                r.exchangeWanted(), lines.getOrDefault(r.id().value(), List.of()),
                refunds.getOrDefault(r.id().value(), List.of()), exchanges.get(r.id().value()))).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new ReturnId(rs.getObject("id", UUID.class)), rs.getLong("number"),
                new ShopId(rs.getObject("shop_id", UUID.class)), new OrderId(rs.getObject("order_id", UUID.class)),
                rs.getString("market"), rs.getString("source"), rs.getString("external_id"),
                rs.getObject("ticket_id", UUID.class), rs.getString("status"), rs.getString("comment"),
                instant(rs, "requested_at"), instant(rs, "delivered_at"), rs.getObject("window_last_day", LocalDate.class),
                rs.getString("decision") == null ? null : ReturnAction.valueOf(rs.getString("decision")),
                rs.getString("decision_rule"), rs.getString("decision_reason"), instant(rs, "decided_at"),
                rs.getString("decided_by"), instant(rs, "review_due_at"), rs.getString("return_shipping_paid_by"),
                rs.getString("exchange_wanted"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
