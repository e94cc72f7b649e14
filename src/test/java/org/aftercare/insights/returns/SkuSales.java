package org.aftercare.insights.returns;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sales of one SKU in a time window, one unit per order spread evenly over it, of which some come
 * back with a reason: {@code aSku("DRESS-01").sold(150).between(from, to).returned(24, "SIZE_MISMATCH")}.
 * Written by plain SQL into orders, order_line, return_request and return_line.
 */
final class SkuSales {

    private final String sku;
    private String title = "Product";
    private int units;
    private Instant from;
    private Instant to;
    private int returned;
    private String reason = "SIZE_MISMATCH";
    private String status = "APPROVED";

    private SkuSales(String sku) {
        this.sku = sku;
    }

    static SkuSales aSku(String sku) {
        return new SkuSales(sku);
    }

    SkuSales titled(String title) {
        this.title = title;
        return this;
    }

    SkuSales sold(int units) {
        this.units = units;
        return this;
    }

    SkuSales between(Instant from, Instant to) {
        this.from = from;
        this.to = to;
        return this;
    }

    SkuSales returned(int returned, String reason) {
        this.returned = returned;
        this.reason = reason;
        return this;
    }

    SkuSales withStatus(String status) {
        this.status = status;
        return this;
    }

    /** Writes the sales and returns; every k-th order is returned so returns spread over the window too. */
    void insert(JdbcClient jdbc, TestTenant seller) {
        String batch = "T-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        long stepSeconds = Duration.between(from, to).toSeconds() / units;
        jdbc.sql("""
                        with o as (
                            insert into orders (id, tenant_id, shop_id, order_number, placed_at, currency, total_amount, source)
                            select gen_random_uuid(), :tenant, :shop, :batch || lpad(g::text, 6, '0'),
                                   cast(:from as timestamptz) + make_interval(secs => (g - 1) * cast(:step as bigint)), 'EUR', 25, 'TEST'
                              from generate_series(1, :units) g
                            returning id
                        )
                        insert into order_line (order_id, line_no, tenant_id, sku, title, unit_price, currency, quantity)
                        select id, 1, :tenant, :sku, :title, 25, 'EUR', 1 from o
                        """)
                .param("tenant", seller.id().value()).param("shop", seller.shop().id().value())
                .param("batch", batch).param("from", Timestamp.from(from)).param("step", stepSeconds)
                .param("units", units).param("sku", sku).param("title", title)
                .update();
        if (returned == 0) {
            return;
        }
        jdbc.sql("""
                        with chosen as (
                            select id, placed_at, row_number() over (order by order_number) as n
                              from orders where tenant_id = :tenant and order_number like :batch || '%'
                        ), r as (
                            insert into return_request (id, tenant_id, shop_id, order_id, market, source, status,
                                                        requested_at, created_at, updated_at)
                            select gen_random_uuid(), :tenant, :shop, id, :market, 'API', :status,
                                   placed_at + interval '5 days', now(), now()
                              from chosen
                             where (n - 1) % (:units / :returned) = 0 and n <= (:units / :returned) * :returned
                            returning id
                        )
                        insert into return_line (return_id, line_no, tenant_id, order_line_no, sku, quantity, reason,
                                                 unit_value, currency)
                        select id, 1, :tenant, 1, :sku, 1, :reason, 25, 'EUR' from r
                        """)
                .param("tenant", seller.id().value()).param("shop", seller.shop().id().value())
                .param("market", seller.shop().market()).param("batch", batch).param("status", status)
                .param("units", units).param("returned", returned).param("sku", sku).param("reason", reason)
                .update();
    }
}
