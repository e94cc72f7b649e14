package org.aftercare.console.home;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model for the home page: every shop of a tenant with its order and shipment counts, in one
 * set-based query (each table aggregated once, grouped by shop), however many shops there are.
 */
@Component
class ShopCounts {

    static final Duration RECENT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    ShopCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<ShopCard> of(TenantId tenant) {
        return jdbc.sql("""
                with order_counts as (
                    select shop_id,
                           count(*)                                    as orders,
                           count(*) filter (where placed_at >= :since) as orders_last_week
                      from orders
                     where tenant_id = :tenant
                     group by shop_id
                ),
                shipment_counts as (
                    select shop_id,
                           count(*) filter (where status not in ('Delivered', 'Expired')
                                              and returned_at is null)               as in_flight,
                           count(*) filter (where status = 'Delivered')              as delivered,
                           count(*) filter (where status in ('Exception', 'DeliveryFailure')) as exceptions
                      from shipment
                     where tenant_id = :tenant
                     group by shop_id
                )
                select s.name, s.market, s.currency, s.time_zone,
                       coalesce(o.orders, 0)           as orders,
                       coalesce(o.orders_last_week, 0) as orders_last_week,
                       coalesce(sc.in_flight, 0)       as in_flight,
                       coalesce(sc.delivered, 0)       as delivered,
                       coalesce(sc.exceptions, 0)      as exceptions
                  from shop s
                  left join order_counts o     on o.shop_id = s.id
                  left join shipment_counts sc on sc.shop_id = s.id
                 where s.tenant_id = :tenant
                 order by s.market, s.name
                """)
                .param("tenant", tenant.value())
                .param("since", clock.instant().minus(RECENT).atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new ShopCard(
                        rs.getString("name"),
                        rs.getString("market"),
                        rs.getString("currency"),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getLong("orders"),
                        rs.getLong("orders_last_week"),
                        rs.getLong("in_flight"),
                        rs.getLong("delivered"),
                        rs.getLong("exceptions")))
                .list();
    }
}
