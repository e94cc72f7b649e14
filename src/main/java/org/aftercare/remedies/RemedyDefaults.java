package org.aftercare.remedies;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The remedies module's defaults, in one place; a shop overrides any of them per market (table
 * remedy_policy, {@code PUT /api/v1/offers/policy/{shop}}, the console's /offers/policy). Sources
 * in docs/remedies.md.
 *
 * @param couponFromDaysLate         a parcel this many days late gets a coupon for the next purchase (D7: 3–5 days)
 * @param partialRefundAfterDaysLate more days late than this gets a partial refund or upgraded shipping
 *                                   (D7: "more than a week"); from couponFromDaysLate up to this the coupon stays
 * @param partialRefundPercent       the share of the item value refunded (brief: 10 %)
 * @param exchangeFirstMarkets       markets where a tier offers its non-refund choice before a refund (E3: France)
 * @param buyerCapDays               the window of the per-buyer cap (brief: 90 days)
 * @param offerExpiresAfter          an offer nobody granted or declined expires after this
 * @param amounts                    local amounts per currency (no FX at runtime); a currency not listed gets no
 *                                   automatic money offer
 */
@ConfigurationProperties("aftercare.remedies")
public record RemedyDefaults(@DefaultValue("3") int couponFromDaysLate,
                             @DefaultValue("7") int partialRefundAfterDaysLate,
                             @DefaultValue("10") int partialRefundPercent,
                             @DefaultValue("FR") Set<String> exchangeFirstMarkets,
                             @DefaultValue("90") int buyerCapDays,
                             @DefaultValue("14d") Duration offerExpiresAfter,
                             Map<String, LocalAmounts> amounts) {

    /**
     * The money side of the policy in one currency: round local price points chosen once, as a
     * shop prices in its market, not converted at runtime.
     *
     * @param coupon           the delay coupon (brief: 5 USD or local equivalent)
     * @param upgradedShipping what upgrading the next order's shipping costs the shop
     * @param refundLostUpTo   a lost parcel worth at most this is refunded rather than reshipped (R10)
     * @param capPerOrder      granted on one order, this offer included
     * @param capPerBuyer      granted to one buyer within buyerCapDays
     * @param capPerMonth      granted by one shop in a calendar month
     * @param approvalAbove    one offer worth more needs a manager's approval
     */
    public record LocalAmounts(BigDecimal coupon, BigDecimal upgradedShipping, BigDecimal refundLostUpTo,
                               BigDecimal capPerOrder, BigDecimal capPerBuyer, BigDecimal capPerMonth,
                               BigDecimal approvalAbove) {
    }

    /** USD, EUR and GBP 5 as the brief says; the others the same order of value in their market. */
    public static final Map<String, LocalAmounts> DEFAULT_AMOUNTS = Map.ofEntries(
            Map.entry("USD", amounts("5", "6", "15", "50", "80", "2000", "25")),
            Map.entry("EUR", amounts("5", "6", "15", "50", "80", "2000", "25")),
            Map.entry("GBP", amounts("5", "5", "15", "45", "70", "1800", "20")),
            Map.entry("MYR", amounts("20", "25", "60", "200", "320", "8000", "100")),
            Map.entry("SGD", amounts("7", "8", "20", "65", "100", "2600", "30")),
            Map.entry("THB", amounts("150", "200", "500", "1700", "2800", "70000", "850")),
            Map.entry("PHP", amounts("250", "300", "800", "2800", "4500", "110000", "1400")),
            Map.entry("VND", amounts("100000", "150000", "350000", "1200000", "2000000", "50000000", "600000")),
            Map.entry("IDR", amounts("75000", "100000", "230000", "780000", "1250000", "31000000", "390000")),
            Map.entry("JPY", amounts("700", "900", "2200", "7500", "12000", "300000", "3700")),
            Map.entry("MXN", amounts("90", "110", "270", "900", "1450", "36000", "450")));

    public RemedyDefaults {
        amounts = amounts == null || amounts.isEmpty() ? DEFAULT_AMOUNTS : Map.copyOf(amounts);
    }

    /** The defaults without Spring, as the tier tests use them. */
    public static RemedyDefaults standard() {
        return new RemedyDefaults(3, 7, 10, Set.of("FR"), 90, Duration.ofDays(14), null);
    }

    private static LocalAmounts amounts(String coupon, String upgradedShipping, String refundLostUpTo, String perOrder,
                                        String perBuyer, String perMonth, String approvalAbove) {
        return new LocalAmounts(new BigDecimal(coupon), new BigDecimal(upgradedShipping), new BigDecimal(refundLostUpTo),
                new BigDecimal(perOrder), new BigDecimal(perBuyer), new BigDecimal(perMonth), new BigDecimal(approvalAbove));
    }
}
