package org.aftercare.remedies.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftercare.orders.Order;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.policy.Caps;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * "What did delays cost us": every grant is written here, split over the order's SKUs; the caps
 * read what was granted so far; totals are grouped in SQL, per currency.
 */
@Repository
public class CostLedger {

    /** How totals are grouped. */
    public enum By { PERIOD, CARRIER, SKU }

    /** The periods totals can be bucketed in (PostgreSQL date_trunc fields). */
    public enum Period { DAY, WEEK, MONTH }

    private final JdbcClient jdbc;

    CostLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a granted offer, one row per SKU of its order; a second write of the same offer changes nothing. */
    public void record(Offer offer, Order order, String grantedBy, Instant at) {
        for (SkuShares.Share share : SkuShares.of(offer.amount(), order)) {
            jdbc.sql("""
                    insert into remedy_ledger (tenant_id, shop_id, offer_id, order_id, order_number, buyer_id, carrier_code,
                                               sku, kind, amount, currency, reason, granted_by, granted_at)
                    values (:tenant, :shop, :offer, :order, :orderNumber, :buyer, :carrier, :sku, :kind, :amount, :currency,
                            :reason, :by, :at)
                    on conflict (offer_id, sku) do nothing
                    """)
                    .param("tenant", offer.tenant().value()).param("shop", offer.shop().value())
                    .param("offer", offer.id().value()).param("order", offer.order().value())
                    .param("orderNumber", offer.orderNumber()).param("buyer", offer.buyer())
                    .param("carrier", offer.carrierCode()).param("sku", share.sku()).param("kind", offer.kind().name())
                    .param("amount", share.amount().amount()).param("currency", share.amount().currency().getCurrencyCode())
                    .param("reason", offer.reason()).param("by", grantedBy).param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** What was granted before, in {@code currency}: on the order, to the buyer since {@code buyerSince}, by the shop since {@code monthStart}. */
    public Caps.Granted granted(TenantId tenant, ShopId shop, UUID order, UUID buyer, Currency currency, Instant buyerSince,
                               Instant monthStart) {
        return jdbc.sql("""
                select coalesce(sum(amount) filter (where order_id = :order), 0)                                as on_order,
                       coalesce(sum(amount) filter (where buyer_id = :buyer and granted_at >= :buyerSince), 0) as to_buyer,
                       coalesce(sum(amount) filter (where shop_id = :shop and granted_at >= :monthStart), 0)   as this_month
                  from remedy_ledger
                 where tenant_id = :tenant and currency = :currency
                   and (order_id = :order or buyer_id = :buyer or shop_id = :shop)
                """)
                .param("tenant", tenant.value()).param("shop", shop.value()).param("order", order)
                .param("buyer", buyer).param("currency", currency.getCurrencyCode())
                .param("buyerSince", Timestamp.from(buyerSince)).param("monthStart", Timestamp.from(monthStart))
                .query((rs, row) -> new Caps.Granted(new Money(rs.getBigDecimal("on_order"), currency),
                        new Money(rs.getBigDecimal("to_buyer"), currency), new Money(rs.getBigDecimal("this_month"), currency)))
                .single();
    }

    /**
     * Totals of the tenant's grants from {@code from} (inclusive) to {@code to} (exclusive, UTC days)
     * in the given shops, grouped {@code by} and per currency; periods are UTC calendar buckets.
     */
    public Totals totals(TenantId tenant, List<UUID> shops, LocalDate from, LocalDate to, By by, Period period) {
        String key = switch (by) {
            case PERIOD -> "to_char(date_trunc(:period, granted_at at time zone 'UTC'), 'YYYY-MM-DD')";
            case CARRIER -> "coalesce(carrier_code, '-')";
            case SKU -> "sku";
        };
        String order = by == By.PERIOD ? "key, currency" : "sum(amount) desc, key, currency";
        List<Totals.Row> rows = jdbc.sql("""
                select %s as key, currency, sum(amount) as total, count(distinct offer_id) as offers
                  from remedy_ledger
                 where tenant_id = :tenant and shop_id = any(:shops)
                   and granted_at >= :from and granted_at < :to
                 group by 1, currency
                 order by %s
                """.formatted(key, order))
                .param("tenant", tenant.value())
                .param("shops", new SqlArrayValue("uuid", shops.toArray()))
                .param("from", Timestamp.from(from.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
                .param("to", Timestamp.from(to.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
                .param("period", period.name().toLowerCase(Locale.ROOT))
                .query((rs, row) -> new Totals.Row(rs.getString("key"), Money.of(rs.getBigDecimal("total"),
                        rs.getString("currency")), rs.getLong("offers")))
                .list();
        return new Totals(by.name(), rows);
    }

    /** The entries themselves, newest first (the CSV export and the ledger page's list). */
    public List<LedgerEntry> entries(TenantId tenant, List<UUID> shops, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select id, offer_id, order_number, carrier_code, sku, kind, amount, currency, reason, granted_by, granted_at
                  from remedy_ledger
                 where tenant_id = :tenant and shop_id = any(:shops)
                   and granted_at >= :from and granted_at < :to
                 order by granted_at desc, id desc
                 limit :limit
                """)
                .param("tenant", tenant.value())
                .param("shops", new SqlArrayValue("uuid", shops.toArray()))
                .param("from", Timestamp.from(from.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
                .param("to", Timestamp.from(to.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
                .param("limit", limit)
                .query((rs, row) -> new LedgerEntry(rs.getLong("id"), rs.getObject("offer_id", UUID.class),
                        rs.getString("order_number"), rs.getString("carrier_code"), rs.getString("sku"), rs.getString("kind"),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("reason"),
                        rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant()))
                .list();
    }
}
