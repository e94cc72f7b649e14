package org.aftercare.remedies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.aftercare.remedies.policy.RemedyTiers;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One coupon granted to many orders by one manager's decision — an incident campaign's goodwill
 * coupon (D6). Each order gets a GRANTED offer (kind COUPON, tier {@value #TIER}) and its ledger
 * rows, split over the order's SKUs by value like every grant (the last SKU takes the rounding
 * remainder, so the rows add up to the coupon), in one set-based statement. The caps are not
 * checked order by order: the manager who sent the campaign approved the coupon for everyone it
 * reaches. Callers make it idempotent (outreach grants once per notice sent).
 */
@Service
public class CouponGrants {

    /**
     * The tier recorded on campaign coupons; no delay tier answers with it, and a later alert on the
     * order proposes no second coupon while it stands ({@link RemedyTiers#covering}).
     */
    public static final String TIER = RemedyTiers.CAMPAIGN;

    private final JdbcClient jdbc;

    CouponGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Grants the coupon on each order (of the tenant; other ids are ignored); returns the offers granted. */
    @Transactional
    public int grant(TenantId tenant, Collection<UUID> orders, Money coupon, String reason, String grantedBy, Instant at) {
        if (orders.isEmpty()) {
            return 0;
        }
        if (coupon.amount().signum() <= 0) {
            throw new IllegalArgumentException("coupon: must be above 0");
        }
        return jdbc.sql("""
                with granted as (
                    insert into offer (id, tenant_id, shop_id, market, order_id, order_number, buyer_id, shipment_id,
                                       carrier_code, tier, kind, amount, currency, reason, override, state, proposed_by,
                                       proposed_at, expires_at, decided_by, decided_at)
                    select gen_random_uuid(), o.tenant_id, o.shop_id, s.market, o.id, o.order_number, o.buyer_id, p.id,
                           p.carrier_code, :tier, 'COUPON', :amount, :currency, :reason, false, 'GRANTED', :by,
                           :at, :at, :by, :at
                      from orders o
                      join shop s on s.id = o.shop_id
                      left join lateral (select id, carrier_code from shipment
                                          where order_id = o.id and tenant_id = o.tenant_id
                                          order by shipped_at desc limit 1) p on true
                     where o.tenant_id = :tenant and o.id = any(:orders)
                    returning id, tenant_id, shop_id, order_id, order_number, buyer_id, carrier_code, amount
                ),
                skus as (
                    select l.order_id, l.sku, sum(l.unit_price * l.quantity) as value, min(l.line_no) as first_line
                      from order_line l
                     where l.tenant_id = :tenant and l.order_id = any(:orders)
                     group by l.order_id, l.sku
                ),
                shares as (
                    select g.*, k.sku, k.value,
                           sum(k.value) over (partition by g.id) as total,
                           row_number() over (partition by g.id order by k.first_line) as rn,
                           count(k.sku) over (partition by g.id) as skus
                      from granted g left join skus k on k.order_id = g.order_id
                ),
                split as (
                    select *, case when total > 0 and rn < skus then round(amount * value / total, :digits) end as part
                      from shares
                     where total > 0 or rn = 1
                ),
                ledger as (
                    insert into remedy_ledger (tenant_id, shop_id, offer_id, order_id, order_number, buyer_id, carrier_code,
                                               sku, kind, amount, currency, reason, granted_by, granted_at)
                    select tenant_id, shop_id, id, order_id, order_number, buyer_id, carrier_code, coalesce(sku, '-'),
                           'COUPON', coalesce(part, amount - coalesce(sum(part) over (partition by id), 0)), :currency,
                           :reason, :by, :at
                      from split
                )
                select count(*) from granted
                """)
                .param("tenant", tenant.value()).param("orders", new SqlArrayValue("uuid", orders.toArray()))
                .param("tier", TIER).param("amount", coupon.amount()).param("currency", coupon.currency().getCurrencyCode())
                .param("digits", Math.max(coupon.currency().getDefaultFractionDigits(), 0))
                .param("reason", reason).param("by", grantedBy).param("at", Timestamp.from(at))
                .query(Integer.class).single();
    }
}
