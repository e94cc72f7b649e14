package org.aftercare.orders;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders with their lines and buyers. Reads always take the tenant. Writes come in batches, so a
 * 10,000-line import is a few statements per batch instead of one per line.
 */
@Repository
class OrderRepository {

    private static final String SELECT_ORDERS = """
            select o.id, o.tenant_id, o.shop_id, s.market, o.order_number, o.placed_at, o.currency,
                   o.total_amount, o.status, o.source, o.created_at,
                   b.id as buyer_id, b.buyer_ref, b.name as buyer_name, b.email as buyer_email,
                   b.phone as buyer_phone, b.country as buyer_country, b.language as buyer_language,
                   b.time_zone as buyer_time_zone, b.erased_at as buyer_erased_at
              from orders o
              join shop s on s.id = o.shop_id
              left join buyer b on b.id = o.buyer_id
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    OrderRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A new order ready to insert: its id and its buyer's id are assigned. */
    record Pending(OrderId id, BuyerId buyer, NewOrder order) {
    }

    Optional<Order> find(TenantId tenant, OrderId id) {
        return withLines(jdbc.sql(SELECT_ORDERS + " where o.tenant_id = :tenant and o.id = :id")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .query(OrderRepository::order)
                .list()).stream().findFirst();
    }

    Map<String, Order> findByNumbers(TenantId tenant, ShopId shop, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        List<Order> orders = withLines(jdbc.sql(SELECT_ORDERS + """
                 where o.tenant_id = :tenant and o.shop_id = :shop and o.order_number in (:numbers)
                """)
                .param("tenant", tenant.value())
                .param("shop", shop.value())
                .param("numbers", List.copyOf(numbers))
                .query(OrderRepository::order)
                .list());
        Map<String, Order> byNumber = new HashMap<>();
        orders.forEach(o -> byNumber.put(o.orderNumber(), o));
        return byNumber;
    }

    /** Newest first; {@code markets} empty means all markets. */
    List<Order> list(TenantId tenant, OrderFilter filter, Set<String> markets, int offset, int limit) {
        return withLines(jdbc.sql(SELECT_ORDERS + """
                 where o.tenant_id = :tenant
                   and (cast(:shop as uuid) is null or o.shop_id = cast(:shop as uuid))
                   and (cast(:placedFrom as timestamptz) is null or o.placed_at >= cast(:placedFrom as timestamptz))
                   and (cast(:placedTo as timestamptz) is null or o.placed_at < cast(:placedTo as timestamptz))
                   and (cast(:sku as text) is null
                        or exists (select 1 from order_line l where l.order_id = o.id and l.sku = cast(:sku as text)))
                   and (:allMarkets or s.market in (:markets))
                 order by o.placed_at desc, o.id
                 limit :limit offset :offset
                """)
                .param("tenant", tenant.value())
                .param("shop", filter.shop() == null ? null : filter.shop().value())
                .param("placedFrom", timestamp(filter.placedFrom()))
                .param("placedTo", timestamp(filter.placedTo()))
                .param("sku", filter.sku())
                .param("allMarkets", markets.isEmpty())
                .param("markets", markets.isEmpty() ? List.of("") : List.copyOf(markets))
                .param("limit", limit)
                .param("offset", offset)
                .query(OrderRepository::order)
                .list());
    }

    /**
     * Adds the buyers not yet known in the shop and returns the ids of all of them by ref. A known
     * buyer is left as it is: a redelivered order must not overwrite, or un-erase, a buyer.
     */
    Map<String, BuyerId> saveBuyers(TenantId tenant, ShopId shop, Collection<NewOrder.NewBuyer> buyers) {
        Map<String, NewOrder.NewBuyer> byRef = new LinkedHashMap<>();
        buyers.forEach(b -> byRef.putIfAbsent(b.ref(), b));
        if (byRef.isEmpty()) {
            return Map.of();
        }
        SqlParameterSource[] rows = byRef.values().stream()
                .map(b -> new MapSqlParameterSource()
                        .addValue("id", UUID.randomUUID())
                        .addValue("tenant", tenant.value())
                        .addValue("shop", shop.value())
                        .addValue("ref", b.ref())
                        .addValue("name", b.name())
                        .addValue("email", b.email())
                        .addValue("phone", b.phone())
                        .addValue("country", b.country())
                        .addValue("language", b.language())
                        .addValue("timeZone", b.timeZone()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into buyer (id, tenant_id, shop_id, buyer_ref, name, email, phone, country, language, time_zone)
                values (:id, :tenant, :shop, :ref, :name, :email, :phone, :country, :language, :timeZone)
                on conflict (shop_id, buyer_ref) do nothing
                """, rows);
        Map<String, BuyerId> ids = new HashMap<>();
        jdbc.sql("select id, buyer_ref from buyer where shop_id = :shop and buyer_ref in (:refs)")
                .param("shop", shop.value())
                .param("refs", List.copyOf(byRef.keySet()))
                .query((rs, row) -> ids.put(rs.getString("buyer_ref"), new BuyerId(rs.getObject("id", UUID.class))))
                .list();
        return ids;
    }

    /**
     * Inserts the orders not yet stored and their lines.
     *
     * @return the ids of the orders inserted; an order whose number was taken meanwhile is skipped
     */
    Set<OrderId> insert(TenantId tenant, List<Pending> orders) {
        if (orders.isEmpty()) {
            return Set.of();
        }
        SqlParameterSource[] rows = orders.stream()
                .map(p -> new MapSqlParameterSource()
                        .addValue("id", p.id().value())
                        .addValue("tenant", tenant.value())
                        .addValue("shop", p.order().shop().value())
                        .addValue("number", p.order().orderNumber())
                        .addValue("buyer", p.buyer() == null ? null : p.buyer().value())
                        .addValue("placedAt", timestamp(p.order().placedAt()))
                        .addValue("currency", p.order().total().currency().getCurrencyCode())
                        .addValue("total", p.order().total().amount())
                        .addValue("source", p.order().source()))
                .toArray(SqlParameterSource[]::new);
        int[] inserted = batch.batchUpdate("""
                insert into orders (id, tenant_id, shop_id, order_number, buyer_id, placed_at, currency, total_amount, source)
                values (:id, :tenant, :shop, :number, :buyer, :placedAt, :currency, :total, :source)
                on conflict (shop_id, order_number) do nothing
                """, rows);
        Set<OrderId> ids = new HashSet<>();
        List<SqlParameterSource> lines = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            if (inserted[i] == 0) {
                continue;
            }
            Pending p = orders.get(i);
            ids.add(p.id());
            int lineNo = 1;
            for (NewOrder.Line line : p.order().lines()) {
                lines.add(new MapSqlParameterSource()
                        .addValue("order", p.id().value())
                        .addValue("lineNo", lineNo++)
                        .addValue("tenant", tenant.value())
                        .addValue("sku", line.sku())
                        .addValue("title", line.title())
                        .addValue("price", line.unitPrice().amount())
                        .addValue("currency", line.unitPrice().currency().getCurrencyCode())
                        .addValue("quantity", line.quantity())
                        .addValue("hot", line.hotProduct()));
            }
        }
        batch.batchUpdate("""
                insert into order_line (order_id, line_no, tenant_id, sku, title, unit_price, currency, quantity, hot_product)
                values (:order, :lineNo, :tenant, :sku, :title, :price, :currency, :quantity, :hot)
                """, lines.toArray(SqlParameterSource[]::new));
        return ids;
    }

    private List<Order> withLines(List<Order> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<UUID, List<Order.Line>> lines = new HashMap<>();
        jdbc.sql("""
                select order_id, line_no, sku, title, unit_price, currency, quantity, hot_product
                  from order_line
                 where order_id in (:ids)
                 order by order_id, line_no
                """)
                .param("ids", orders.stream().map(o -> o.id().value()).toList())
                .query((rs, row) -> lines.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new ArrayList<>())
                        .add(new Order.Line(rs.getInt("line_no"), rs.getString("sku"), rs.getString("title"),
                                Money.of(rs.getBigDecimal("unit_price"), rs.getString("currency")),
                                rs.getInt("quantity"), rs.getBoolean("hot_product"))))
                .list();
        return orders.stream()
                .map(o -> new Order(o.id(), o.tenant(), o.shop(), o.market(), o.orderNumber(), o.placedAt(), o.buyer(),
                        lines.getOrDefault(o.id().value(), List.of()), o.total(), o.status(), o.source(), o.createdAt()))
                .toList();
    }

    private static Order order(ResultSet rs, int row) throws SQLException {
        BigDecimal total = rs.getBigDecimal("total_amount");
        return new Order(
                new OrderId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ShopId(rs.getObject("shop_id", UUID.class)),
                rs.getString("market"),
                rs.getString("order_number"),
                instant(rs, "placed_at"),
                buyer(rs),
                List.of(),
                Money.of(total, rs.getString("currency")),
                rs.getString("status"),
                rs.getString("source"),
                instant(rs, "created_at"));
    }

    private static BuyerView buyer(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("buyer_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new BuyerView(new BuyerId(id), rs.getString("buyer_ref"), rs.getString("buyer_name"),
                rs.getString("buyer_email"), rs.getString("buyer_phone"), rs.getString("buyer_country"),
                rs.getString("buyer_language"), rs.getString("buyer_time_zone"), instant(rs, "buyer_erased_at"), false);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
