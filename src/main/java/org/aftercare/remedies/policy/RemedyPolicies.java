package org.aftercare.remedies.policy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;

import org.aftercare.remedies.RemedyDefaults;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * The compensation policy of a shop in a market: {@link RemedyDefaults} with the shop's overrides
 * (table remedy_policy; a null column keeps the default). Money overrides are in the shop's
 * currency and apply to orders in that currency.
 */
@Service
public class RemedyPolicies {

    private final JdbcClient jdbc;
    private final RemedyDefaults defaults;
    private final Clock clock;

    RemedyPolicies(JdbcClient jdbc, RemedyDefaults defaults, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** A shop's overrides for one market; null fields keep the default. Sent whole: a field left out returns to the default. */
    public record Overrides(Integer couponFromDaysLate, Integer partialRefundAfterDaysLate, Integer partialRefundPercent,
                            Boolean exchangeFirst, Integer buyerCapDays, BigDecimal coupon, BigDecimal upgradedShipping,
                            BigDecimal refundLostUpTo, BigDecimal capPerOrder, BigDecimal capPerBuyer,
                            BigDecimal capPerMonth, BigDecimal approvalAbove) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public RemedyPolicy effective(TenantId tenant, Shop shop, String market, Currency currency) {
        return apply(shop, market, currency, overrides(tenant, shop, market));
    }

    public Overrides overrides(TenantId tenant, Shop shop, String market) {
        return jdbc.sql("select * from remedy_policy where tenant_id = :tenant and shop_id = :shop and market = :market")
                .param("tenant", tenant.value()).param("shop", shop.id().value()).param("market", market)
                .query(RemedyPolicies::overrides)
                .optional()
                .orElse(Overrides.NONE);
    }

    /** The defaults with {@code o} applied; throws naming the field when the result is not a valid policy. */
    public RemedyPolicy apply(Shop shop, String market, Currency currency, Overrides o) {
        RemedyDefaults.LocalAmounts local = defaults.amounts().get(currency.getCurrencyCode());
        boolean shopCurrency = currency.equals(shop.currency());
        return new RemedyPolicy(market, currency,
                or(o.couponFromDaysLate(), defaults.couponFromDaysLate()),
                or(o.partialRefundAfterDaysLate(), defaults.partialRefundAfterDaysLate()),
                or(o.partialRefundPercent(), defaults.partialRefundPercent()),
                or(o.exchangeFirst(), defaults.exchangeFirstMarkets().contains(market)),
                or(o.buyerCapDays(), defaults.buyerCapDays()),
                money(shopCurrency ? o.coupon() : null, local == null ? null : local.coupon(), currency),
                money(shopCurrency ? o.upgradedShipping() : null, local == null ? null : local.upgradedShipping(), currency),
                money(shopCurrency ? o.refundLostUpTo() : null, local == null ? null : local.refundLostUpTo(), currency),
                money(shopCurrency ? o.capPerOrder() : null, local == null ? null : local.capPerOrder(), currency),
                money(shopCurrency ? o.capPerBuyer() : null, local == null ? null : local.capPerBuyer(), currency),
                money(shopCurrency ? o.capPerMonth() : null, local == null ? null : local.capPerMonth(), currency),
                money(shopCurrency ? o.approvalAbove() : null, local == null ? null : local.approvalAbove(), currency));
    }

    /** Saves a shop's overrides for a market after checking that the policy they make is valid. */
    public RemedyPolicy save(TenantId tenant, Shop shop, String market, Overrides o, String by) {
        requireNotNegative("coupon", o.coupon());
        requireNotNegative("upgradedShipping", o.upgradedShipping());
        requireNotNegative("refundLostUpTo", o.refundLostUpTo());
        requireNotNegative("capPerOrder", o.capPerOrder());
        requireNotNegative("capPerBuyer", o.capPerBuyer());
        requireNotNegative("capPerMonth", o.capPerMonth());
        requireNotNegative("approvalAbove", o.approvalAbove());
        RemedyPolicy policy = apply(shop, market, shop.currency(), o);
        boolean anyAmount = o.coupon() != null || o.upgradedShipping() != null || o.refundLostUpTo() != null
                || o.capPerOrder() != null || o.capPerBuyer() != null || o.capPerMonth() != null || o.approvalAbove() != null;
        if (anyAmount && !policy.hasLocalAmounts()) {
            throw new IllegalArgumentException("coupon: " + shop.currency().getCurrencyCode()
                    + " has no default amounts; give all seven amounts or set them in aftercare.remedies.amounts");
        }
        jdbc.sql("""
                insert into remedy_policy (tenant_id, shop_id, market, coupon_from_days_late, partial_refund_after_days_late,
                                           partial_refund_percent, exchange_first, buyer_cap_days, coupon, upgraded_shipping,
                                           refund_lost_up_to, cap_per_order, cap_per_buyer, cap_per_month, approval_above,
                                           updated_at, updated_by)
                values (:tenant, :shop, :market, :couponFrom, :refundAfter, :percent, :exchangeFirst, :buyerDays, :coupon,
                        :upgraded, :refundLost, :perOrder, :perBuyer, :perMonth, :approvalAbove, :now, :by)
                on conflict (tenant_id, shop_id, market) do update set
                    coupon_from_days_late = excluded.coupon_from_days_late,
                    partial_refund_after_days_late = excluded.partial_refund_after_days_late,
                    partial_refund_percent = excluded.partial_refund_percent,
                    exchange_first = excluded.exchange_first,
                    buyer_cap_days = excluded.buyer_cap_days,
                    coupon = excluded.coupon,
                    upgraded_shipping = excluded.upgraded_shipping,
                    refund_lost_up_to = excluded.refund_lost_up_to,
                    cap_per_order = excluded.cap_per_order,
                    cap_per_buyer = excluded.cap_per_buyer,
                    cap_per_month = excluded.cap_per_month,
                    approval_above = excluded.approval_above,
                    updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                """)
                .param("tenant", tenant.value()).param("shop", shop.id().value()).param("market", market)
                .param("couponFrom", o.couponFromDaysLate()).param("refundAfter", o.partialRefundAfterDaysLate())
                .param("percent", o.partialRefundPercent()).param("exchangeFirst", o.exchangeFirst())
                .param("buyerDays", o.buyerCapDays()).param("coupon", o.coupon()).param("upgraded", o.upgradedShipping())
                .param("refundLost", o.refundLostUpTo()).param("perOrder", o.capPerOrder())
                .param("perBuyer", o.capPerBuyer()).param("perMonth", o.capPerMonth())
                .param("approvalAbove", o.approvalAbove())
                .param("now", Timestamp.from(clock.instant())).param("by", by)
                .update();
        return policy;
    }

    private static void requireNotNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Money money(BigDecimal override, BigDecimal fallback, Currency currency) {
        BigDecimal amount = override != null ? override : fallback;
        return amount == null ? null : new Money(amount, currency);
    }

    private static Overrides overrides(ResultSet rs, int row) throws SQLException {
        return new Overrides(integer(rs, "coupon_from_days_late"), integer(rs, "partial_refund_after_days_late"),
                integer(rs, "partial_refund_percent"), (Boolean) rs.getObject("exchange_first"), integer(rs, "buyer_cap_days"),
                rs.getBigDecimal("coupon"), rs.getBigDecimal("upgraded_shipping"), rs.getBigDecimal("refund_lost_up_to"),
                rs.getBigDecimal("cap_per_order"), rs.getBigDecimal("cap_per_buyer"), rs.getBigDecimal("cap_per_month"),
                rs.getBigDecimal("approval_above"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
