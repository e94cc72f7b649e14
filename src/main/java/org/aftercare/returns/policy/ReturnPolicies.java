package org.aftercare.returns.policy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aftercare.returns.RefundTiming;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnPolicy;
import org.aftercare.returns.ReturnsProperties;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The return policy of a shop in a market: {@link ReturnsProperties} with the shop's overrides
 * (table return_policy, a null column keeps the default).
 */
@Service
public class ReturnPolicies {

    private final JdbcClient jdbc;
    private final ReturnsProperties defaults;
    private final Clock clock;
    private final Shops shops;

    ReturnPolicies(JdbcClient jdbc, ReturnsProperties defaults, Clock clock, Shops shops) {
        this.shops = shops;
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.clock = clock;
    }

    /**
     * A shop's overrides for one market; null fields keep the default. Sent whole: a field left
     * out returns to the default.
     */
    public record Overrides(Integer windowDays, RefundTiming refundTiming, String changedMindShippingPaidBy,
                            ReturnAction minorDefectOffer, Integer partialRefundPercent, Boolean exchangeFirst,
                            List<String> nonReturnableSkuPrefixes, Integer reviewReturnsIn90Days,
                            Integer reviewReturnsIn365Days, BigDecimal returnlessUpTo, BigDecimal minorDefectUpTo,
                            BigDecimal changedMindReviewAbove, BigDecimal reviewAbove) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null, null, null, null, null,
                null, null);

        boolean any() {
            return !equals(NONE);
        }
    }

    /**
     * The tenant of a shop, for the public policy page, which is reached by the shop's id alone (an
     * unguessable UUID) and shows nothing but the policy.
     */
    public Optional<TenantId> tenantOfShop(ShopId shop) {
        return shops.findForPublicPage(shop).map(Shop::tenant);
    }

    public ReturnPolicy effective(TenantId tenant, Shop shop) {
        return effective(tenant, shop, shop.market());
    }

    public ReturnPolicy effective(TenantId tenant, Shop shop, String market) {
        return apply(shop, market, overrides(tenant, shop, market));
    }

    public Overrides overrides(TenantId tenant, Shop shop, String market) {
        return jdbc.sql("select * from return_policy where tenant_id = :tenant and shop_id = :shop and market = :market")
                .param("tenant", tenant.value()).param("shop", shop.id().value()).param("market", market)
                .query((rs, row) -> overrides(rs)).optional().orElse(Overrides.NONE);
    }

    /** The defaults with {@code o} applied: what a shop's buyers are told and the rules decide by. */
    public ReturnPolicy apply(Shop shop, String market, Overrides o) {
        return of(defaults, shop, market, o);
    }

    /** The policy of {@code shop} in {@code market} from {@code defaults} and the shop's overrides. */
    public static ReturnPolicy of(ReturnsProperties defaults, Shop shop, String market, Overrides o) {
        String currency = shop.currency().getCurrencyCode();
        ReturnsProperties.Limits limits = defaults.limits().get(currency);
        return new ReturnPolicy(shop.id(), market, currency,
                or(o.windowDays(), defaults.windowDays()),
                or(o.refundTiming(), defaults.refundTiming()),
                or(o.changedMindShippingPaidBy(), defaults.changedMindShippingPaidBy()),
                or(o.minorDefectOffer(), defaults.minorDefectOffer()),
                or(o.partialRefundPercent(), defaults.partialRefundPercent()),
                or(o.exchangeFirst(), defaults.exchangeFirstMarkets().contains(market)),
                or(o.nonReturnableSkuPrefixes(), defaults.nonReturnableSkuPrefixes()),
                or(o.reviewReturnsIn90Days(), defaults.reviewReturnsIn90Days()),
                or(o.reviewReturnsIn365Days(), defaults.reviewReturnsIn365Days()),
                money(o.returnlessUpTo(), limits == null ? null : limits.returnlessUpTo(), currency),
                money(o.minorDefectUpTo(), limits == null ? null : limits.minorDefectUpTo(), currency),
                money(o.changedMindReviewAbove(), limits == null ? null : limits.changedMindReviewAbove(), currency),
                money(o.reviewAbove(), limits == null ? null : limits.reviewAbove(), currency),
                o.any());
    }

    /** Replaces the shop's overrides for {@code market}; checks every field first, changes nothing on an error. */
    public ReturnPolicy save(TenantId tenant, Shop shop, String market, Overrides o, String by) {
        requireValid(o);
        jdbc.sql("""
                        insert into return_policy (tenant_id, shop_id, market, window_days, refund_timing,
                               changed_mind_shipping_paid_by, minor_defect_offer, partial_refund_percent, exchange_first,
                               non_returnable_sku_prefixes, review_returns_in_90_days, review_returns_in_365_days,
                               returnless_up_to, minor_defect_up_to, changed_mind_review_above, review_above,
                               updated_at, updated_by)
                        values (:tenant, :shop, :market, :window, :timing, :payer, :offer, :percent, :exchangeFirst,
                                :prefixes, :in90, :in365, :returnless, :minorDefect, :changedMind, :review, :now, :by)
                        on conflict (tenant_id, shop_id, market) do update set
                               window_days = excluded.window_days, refund_timing = excluded.refund_timing,
                               changed_mind_shipping_paid_by = excluded.changed_mind_shipping_paid_by,
                               minor_defect_offer = excluded.minor_defect_offer,
                               partial_refund_percent = excluded.partial_refund_percent,
                               exchange_first = excluded.exchange_first,
                               non_returnable_sku_prefixes = excluded.non_returnable_sku_prefixes,
                               review_returns_in_90_days = excluded.review_returns_in_90_days,
                               review_returns_in_365_days = excluded.review_returns_in_365_days,
                               returnless_up_to = excluded.returnless_up_to,
                               minor_defect_up_to = excluded.minor_defect_up_to,
                               changed_mind_review_above = excluded.changed_mind_review_above,
                               review_above = excluded.review_above,
                               updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("tenant", tenant.value())
                .param("shop", shop.id().value())
                .param("market", market)
                .param("window", o.windowDays())
                .param("timing", o.refundTiming() == null ? null : o.refundTiming().name())
                .param("payer", o.changedMindShippingPaidBy())
                .param("offer", o.minorDefectOffer() == null ? null : o.minorDefectOffer().name())
                .param("percent", o.partialRefundPercent())
                .param("exchangeFirst", o.exchangeFirst())
                .param("prefixes", o.nonReturnableSkuPrefixes() == null ? null
                        : o.nonReturnableSkuPrefixes().toArray(String[]::new))
                .param("in90", o.reviewReturnsIn90Days())
                .param("in365", o.reviewReturnsIn365Days())
                .param("returnless", o.returnlessUpTo())
                .param("minorDefect", o.minorDefectUpTo())
                .param("changedMind", o.changedMindReviewAbove())
                .param("review", o.reviewAbove())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("by", by)
                .update();
        return effective(tenant, shop, market);
    }

    private void requireValid(Overrides o) {
        if (o.windowDays() != null && (o.windowDays() < defaults.minWindowDays() || o.windowDays() > defaults.maxWindowDays())) {
            throw new IllegalArgumentException("windowDays: %d is outside the allowed %d–%d days (14: the UK/EU statutory right)"
                    .formatted(o.windowDays(), defaults.minWindowDays(), defaults.maxWindowDays()));
        }
        if (o.changedMindShippingPaidBy() != null && !Set.of("BUYER", "SELLER").contains(o.changedMindShippingPaidBy())) {
            throw new IllegalArgumentException("changedMindShippingPaidBy: must be BUYER or SELLER");
        }
        if (o.minorDefectOffer() != null && o.minorDefectOffer() != ReturnAction.PARTIAL_REFUND
                && o.minorDefectOffer() != ReturnAction.COUPON) {
            throw new IllegalArgumentException("minorDefectOffer: must be PARTIAL_REFUND or COUPON");
        }
        if (o.partialRefundPercent() != null && (o.partialRefundPercent() < 1 || o.partialRefundPercent() > 100)) {
            throw new IllegalArgumentException("partialRefundPercent: must be between 1 and 100");
        }
        if (o.reviewReturnsIn90Days() != null && o.reviewReturnsIn90Days() < 1) {
            throw new IllegalArgumentException("reviewReturnsIn90Days: must be at least 1");
        }
        if (o.reviewReturnsIn365Days() != null && o.reviewReturnsIn365Days() < 1) {
            throw new IllegalArgumentException("reviewReturnsIn365Days: must be at least 1");
        }
        if (o.nonReturnableSkuPrefixes() != null && o.nonReturnableSkuPrefixes().stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new IllegalArgumentException("nonReturnableSkuPrefixes: a prefix must not be blank");
        }
        requireNotNegative("returnlessUpTo", o.returnlessUpTo());
        requireNotNegative("minorDefectUpTo", o.minorDefectUpTo());
        requireNotNegative("changedMindReviewAbove", o.changedMindReviewAbove());
        requireNotNegative("reviewAbove", o.reviewAbove());
    }

    private static void requireNotNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
    }

    private static Overrides overrides(ResultSet rs) throws SQLException {
        Array prefixes = rs.getArray("non_returnable_sku_prefixes");
        return new Overrides(
                (Integer) rs.getObject("window_days"),
                Optional.ofNullable(rs.getString("refund_timing")).map(RefundTiming::valueOf).orElse(null),
                rs.getString("changed_mind_shipping_paid_by"),
                Optional.ofNullable(rs.getString("minor_defect_offer")).map(ReturnAction::valueOf).orElse(null),
                (Integer) rs.getObject("partial_refund_percent"),
                (Boolean) rs.getObject("exchange_first"),
                prefixes == null ? null : Arrays.asList((String[]) prefixes.getArray()),
                (Integer) rs.getObject("review_returns_in_90_days"),
                (Integer) rs.getObject("review_returns_in_365_days"),
                rs.getBigDecimal("returnless_up_to"),
                rs.getBigDecimal("minor_defect_up_to"),
                rs.getBigDecimal("changed_mind_review_above"),
                rs.getBigDecimal("review_above"));
    }

    private static <T> T or(T override, T fallback) {
        return override != null ? override : fallback;
    }

    private static Money money(BigDecimal override, BigDecimal fallback, String currency) {
        BigDecimal amount = override != null ? override : fallback;
        return amount == null ? null : Money.of(amount, currency);
    }
}
