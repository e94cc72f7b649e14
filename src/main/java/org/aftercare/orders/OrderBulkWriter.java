package org.aftercare.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.aftercare.shared.database.CopyRows;
import org.aftercare.shared.database.ForeignKeyChecks;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many orders at once — buyers, orders and lines — with PostgreSQL {@code COPY}, for the
 * simulator and large imports. Ids are the caller's, so a generator can make them reproducible.
 * COPY does not skip existing rows: writing an id twice fails the whole call, which runs in one
 * transaction (the caller's, if there is one), so nothing half-written is left behind. The
 * references are made sure of in bulk (tenant and shops locked and checked once, buyers and lines
 * pointing only at rows of this call), so the COPYs skip the row-by-row foreign-key triggers
 * ({@link ForeignKeyChecks}).
 */
@Service
public class OrderBulkWriter {

    private static final String COPY_BUYERS = """
            copy buyer (id, tenant_id, shop_id, buyer_ref, name, email, phone,
                        country, language, time_zone, created_at)
            from stdin
            """;
    private static final String COPY_ORDERS = """
            copy orders (id, tenant_id, shop_id, order_number, buyer_id, placed_at,
                         currency, total_amount, source, created_at)
            from stdin
            """;
    private static final String COPY_LINES = """
            copy order_line (order_id, line_no, tenant_id, sku, title, unit_price, currency, quantity, hot_product)
            from stdin
            """;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    OrderBulkWriter(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** An order with the ids it is to be stored under; {@code buyer} is null when the order has none. */
    public record IdentifiedOrder(OrderId id, BuyerId buyer, NewOrder order) {
    }

    @Transactional
    public void write(TenantId tenant, List<IdentifiedOrder> orders) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            lockTenantAndShops(connection, tenant, orders);
            ForeignKeyChecks.skippedFor(connection, () -> copyBuyers(connection, tenant, orders));
            if (orders.stream().allMatch(OrderBulkWriter::buyerWrittenHere)) {
                ForeignKeyChecks.skippedFor(connection, () -> copyOrders(connection, tenant, orders));
            }
            else {
                copyOrders(connection, tenant, orders);
            }
            ForeignKeyChecks.skippedFor(connection, () -> copyLines(connection, tenant, orders));
        }
        catch (SQLException e) {
            throw new IllegalStateException("COPY of " + orders.size() + " orders failed: " + e.getMessage(), e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Whether the tenant has any order from this source, e.g. whether the simulator already ran. */
    public boolean hasOrdersFrom(TenantId tenant, String source) {
        return jdbc.sql("select exists (select 1 from orders where tenant_id = :tenant and source = :source)")
                .param("tenant", tenant.value())
                .param("source", source)
                .query(Boolean.class)
                .single();
    }

    /**
     * Locks the tenant and the orders' shops as the foreign-key triggers would, and makes sure the
     * shops are the tenant's — which is what lets the COPYs skip the per-row checks: buyers and
     * lines then only point at those rows or at rows written earlier in this call.
     */
    private static void lockTenantAndShops(Connection connection, TenantId tenant, List<IdentifiedOrder> orders)
            throws SQLException {
        UUID[] shops = orders.stream().map(o -> o.order().shop().value()).distinct().toArray(UUID[]::new);
        try (PreparedStatement lock = connection.prepareStatement("select 1 from tenant where id = ? for key share")) {
            lock.setObject(1, tenant.value());
            try (ResultSet found = lock.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalArgumentException("No tenant " + tenant);
                }
            }
        }
        try (PreparedStatement lock = connection.prepareStatement("""
                select id from shop where tenant_id = ? and id = any (?) for key share
                """)) {
            lock.setObject(1, tenant.value());
            lock.setArray(2, connection.createArrayOf("uuid", shops));
            int found = 0;
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    found++;
                }
            }
            if (found != shops.length) {
                throw new IllegalArgumentException("Not all shops of these orders belong to tenant " + tenant);
            }
        }
    }

    /** Whether the order's buyer id points at a buyer row this call writes (or at none). */
    private static boolean buyerWrittenHere(IdentifiedOrder order) {
        return order.buyer() == null || order.order().buyer() != null;
    }

    private static long copyBuyers(Connection connection, TenantId tenant, List<IdentifiedOrder> orders)
            throws SQLException {
        try (CopyRows rows = CopyRows.into(connection, COPY_BUYERS)) {
            for (IdentifiedOrder o : orders) {
                NewOrder.NewBuyer buyer = o.order().buyer();
                if (o.buyer() == null || buyer == null) {
                    continue;
                }
                rows.uuid(o.buyer().value()).uuid(tenant.value()).uuid(o.order().shop().value())
                        .text(buyer.ref()).text(buyer.name()).text(buyer.email()).text(buyer.phone())
                        .text(buyer.country()).text(buyer.language()).text(buyer.timeZone())
                        .instant(o.order().placedAt())
                        .endRow();
            }
            return rows.finish();
        }
    }

    private static long copyOrders(Connection connection, TenantId tenant, List<IdentifiedOrder> orders)
            throws SQLException {
        try (CopyRows rows = CopyRows.into(connection, COPY_ORDERS)) {
            for (IdentifiedOrder o : orders) {
                NewOrder order = o.order();
                var total = order.total();
                rows.uuid(o.id().value()).uuid(tenant.value()).uuid(order.shop().value())
                        .text(order.orderNumber()).uuid(o.buyer() == null ? null : o.buyer().value())
                        .instant(order.placedAt())
                        .text(total.currency().getCurrencyCode()).number(total.amount())
                        .text(order.source()).instant(order.placedAt())
                        .endRow();
            }
            return rows.finish();
        }
    }

    private static long copyLines(Connection connection, TenantId tenant, List<IdentifiedOrder> orders)
            throws SQLException {
        try (CopyRows rows = CopyRows.into(connection, COPY_LINES)) {
            for (IdentifiedOrder o : orders) {
                int lineNo = 1;
                for (NewOrder.Line line : o.order().lines()) {
                    rows.uuid(o.id().value()).integer(lineNo++).uuid(tenant.value())
                            .text(line.sku()).text(line.title())
                            .number(line.unitPrice().amount()).text(line.unitPrice().currency().getCurrencyCode())
                            .integer(line.quantity()).bool(line.hotProduct())
                            .endRow();
                }
            }
            return rows.finish();
        }
    }
}
