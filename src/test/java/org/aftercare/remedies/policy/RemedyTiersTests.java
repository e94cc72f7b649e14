package org.aftercare.remedies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;

import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.RemedyDefaults;
import org.aftercare.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The compensation tiers by example (D7, R10, E3): days late × item value × market → the offer the
 * defaults give, with what may be offered instead.
 */
class RemedyTiersTests {

    private static final RemedyPolicies POLICIES = new RemedyPolicies(null, RemedyDefaults.standard(), null);

    @ParameterizedTest(name = "{0} days late, lost={1}, items {2} {3} in {4} → {5} {6} (or {7})")
    @CsvSource(textBlock = """
            # days late | lost  | item value | currency | market | offer             | amount | instead
              0         | false | 30.00      | USD      | US     | NONE              |        |
              2         | false | 30.00      | USD      | US     | NONE              |        |
              3         | false | 30.00      | USD      | US     | COUPON            | 5.00   |
              5         | false | 30.00      | USD      | US     | COUPON            | 5.00   |
              6         | false | 30.00      | USD      | US     | COUPON            | 5.00   |
              7         | false | 30.00      | USD      | US     | COUPON            | 5.00   |
              8         | false | 80.00      | USD      | US     | PARTIAL_REFUND    | 8.00   | UPGRADED_SHIPPING
              12        | false | 59.99      | EUR      | DE     | PARTIAL_REFUND    | 6.00   | UPGRADED_SHIPPING
              8         | false | 30.00      | USD      | US     | COUPON            | 5.00   | UPGRADED_SHIPPING
              4         | false | 30.00      | GBP      | GB     | COUPON            | 5.00   |
              4         | false | 30.00      | EUR      | FR     | COUPON            | 5.00   |
              4         | false | 120.00     | MYR      | MY     | COUPON            | 20.00  |
              9         | false | 80.00      | EUR      | FR     | UPGRADED_SHIPPING | 6.00   | PARTIAL_REFUND
              0         | true  | 12.00      | USD      | US     | FULL_REFUND       | 12.00  | RESHIP
              0         | true  | 15.00      | EUR      | DE     | FULL_REFUND       | 15.00  | RESHIP
              0         | true  | 60.00      | EUR      | DE     | RESHIP            | 60.00  | FULL_REFUND
              0         | true  | 12.00      | EUR      | FR     | RESHIP            | 12.00  | FULL_REFUND
              5         | false | 30.00      | CHF      | CH     | NONE              |        |
            """, delimiter = '|', commentCharacter = '#')
    void theDefaultTiers(int daysLate, boolean lost, String value, String currency, String market, String offer,
                         String amount, String instead) {
        RemedyPolicy policy = policy(market, currency);
        Money itemValue = Money.of(value, currency);
        TierDecision decision = RemedyTiers.decide(policy, lost ? Delay.lost(itemValue) : Delay.late(daysLate, itemValue));

        if (offer.equals("NONE")) {
            assertThat(decision).isInstanceOf(TierDecision.NoRemedy.class);
            return;
        }
        assertThat(decision).isInstanceOf(TierDecision.Remedy.class);
        TierDecision.Remedy remedy = (TierDecision.Remedy) decision;
        assertThat(remedy.kind()).isEqualTo(OfferKind.valueOf(offer));
        assertThat(remedy.amount()).isEqualTo(Money.of(amount, currency));
        assertThat(remedy.alternative()).isEqualTo(instead == null ? null : OfferKind.valueOf(instead));
        assertThat(remedy.reason()).isNotBlank();
    }

    @ParameterizedTest(name = "a {1} of tier {0} is covered by a standing offer of {2}")
    @CsvSource(textBlock = """
            LATE,      COUPON,            LATE CAMPAIGN VERY_LATE LOST
            VERY_LATE, COUPON,            VERY_LATE LOST CAMPAIGN
            VERY_LATE, PARTIAL_REFUND,    VERY_LATE LOST
            LOST,      RESHIP,            LOST
            """)
    void aCampaignsCouponCoversACouponOfAnyTier(String tier, OfferKind kind, String covering) {
        assertThat(RemedyTiers.covering(tier, kind)).containsExactlyInAnyOrder(covering.split(" "));
    }

    @Test
    void aPartialRefundRecordsItsPercent() {
        TierDecision.Remedy remedy = (TierDecision.Remedy) RemedyTiers.decide(policy("US", "USD"),
                Delay.late(10, Money.of("200.00", "USD")));
        assertThat(remedy.percent()).isEqualTo(10);
        assertThat(remedy.tier()).isEqualTo("VERY_LATE");
        assertThat(remedy.amount()).isEqualTo(Money.of("20.00", "USD"));
    }

    @Test
    void aShopMovesTheTiersAndAmounts() {
        RemedyPolicies.Overrides overrides = new RemedyPolicies.Overrides(2, 5, 15, null, null,
                new java.math.BigDecimal("3"), null, null, null, null, null, null);
        RemedyPolicy policy = POLICIES.apply(shop("US", "USD"), "US", Currency.getInstance("USD"), overrides);

        assertThat(((TierDecision.Remedy) RemedyTiers.decide(policy, Delay.late(2, Money.of("40", "USD")))).amount())
                .isEqualTo(Money.of("3.00", "USD"));
        TierDecision.Remedy sixDays = (TierDecision.Remedy) RemedyTiers.decide(policy, Delay.late(6, Money.of("40", "USD")));
        assertThat(sixDays.kind()).isEqualTo(OfferKind.PARTIAL_REFUND);
        assertThat(sixDays.amount()).isEqualTo(Money.of("6.00", "USD"));
    }

    @Test
    void anInvalidPolicyNamesTheField() {
        RemedyPolicies.Overrides refundBeforeCoupon = new RemedyPolicies.Overrides(5, 4, null, null, null, null, null,
                null, null, null, null, null);
        assertThatThrownBy(() -> POLICIES.apply(shop("US", "USD"), "US", Currency.getInstance("USD"), refundBeforeCoupon))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("partialRefundAfterDaysLate:");
        RemedyPolicies.Overrides percent = new RemedyPolicies.Overrides(null, null, 120, null, null, null, null,
                null, null, null, null, null);
        assertThatThrownBy(() -> POLICIES.apply(shop("US", "USD"), "US", Currency.getInstance("USD"), percent))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("partialRefundPercent:");
    }

    @Test
    void aCurrencyWithoutLocalAmountsGetsNoMoneyOfferUntilAllAmountsAreGiven() {
        RemedyPolicies.Overrides couponOnly = new RemedyPolicies.Overrides(null, null, null, null, null,
                new java.math.BigDecimal("5"), null, null, null, null, null, null);
        RemedyPolicy policy = POLICIES.apply(shop("CH", "CHF"), "CH", Currency.getInstance("CHF"), couponOnly);
        assertThat(policy.hasLocalAmounts()).isFalse();
        assertThat(RemedyTiers.decide(policy, Delay.late(5, Money.of("30", "CHF")))).isInstanceOf(TierDecision.NoRemedy.class);
        assertThat(Caps.check(policy, Money.of("5", "CHF"), new Caps.Granted(Money.of("0", "CHF"), Money.of("0", "CHF"),
                Money.of("0", "CHF")))).extracting(Caps.Breach::cap).containsExactly("NO_LOCAL_CAPS");
    }

    static RemedyPolicy policy(String market, String currency) {
        return POLICIES.apply(shop(market, currency), market, Currency.getInstance(currency), RemedyPolicies.Overrides.NONE);
    }

    static org.aftercare.tenancy.Shop shop(String market, String currency) {
        return new org.aftercare.tenancy.Shop(new org.aftercare.tenancy.ShopId(java.util.UUID.randomUUID()),
                new org.aftercare.tenancy.TenantId(java.util.UUID.randomUUID()), "Shop", null, market,
                Currency.getInstance(currency), java.time.ZoneId.of("UTC"), java.util.List.of("en"), null);
    }
}
