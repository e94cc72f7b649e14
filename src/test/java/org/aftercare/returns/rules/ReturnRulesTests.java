package org.aftercare.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.returns.Decision;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnPolicy;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnsProperties;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The return decision table, by example, under the module's default policy (docs/returns.md):
 * what was bought where, what comes back and why, when, and how often the buyer returned before.
 */
class ReturnRulesTests {

    static final ReturnsProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("aftercare.returns", ReturnsProperties.class);
    static final LocalDate DELIVERED = LocalDate.of(2026, 11, 2);

    @ParameterizedTest(name = "{0}: {2} × {1} {3}, asked {4} days after delivery, {5}/{6} returns in 90/365 days → {7} by {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # market | item value | qty | reason            | days after delivery | returns 90 d | 365 d | action            | rule
            # keep a low-value item: cheaper than a cross-border return label
              US     | 12.00      | 1   | DAMAGED           | 3                   | 0            | 0     | RETURNLESS_REFUND | LOW_VALUE_KEEP_ITEM
              US     | 15.00      | 1   | WRONG_ITEM        | 3                   | 0            | 0     | RETURNLESS_REFUND | LOW_VALUE_KEEP_ITEM
              US     | 7.50       | 2   | MISSING_PARTS     | 3                   | 0            | 0     | RETURNLESS_REFUND | LOW_VALUE_KEEP_ITEM
              US     | 15.01      | 1   | DAMAGED           | 3                   | 0            | 0     | APPROVE_RETURN    | SELLER_FAULT_RETURN
              DE     | 10.00      | 1   | SIZE_MISMATCH     | 3                   | 0            | 0     | RETURNLESS_REFUND | LOW_VALUE_KEEP_ITEM
              GB     | 14.99      | 1   | NOT_AS_DESCRIBED  | 3                   | 0            | 0     | RETURNLESS_REFUND | LOW_VALUE_KEEP_ITEM
              MY     | 69.00      | 1   | ARRIVED_LATE      | 3                   | 0            | 0     | RETURNLESS_REFUND | LOW_VALUE_KEEP_ITEM
            # a change of mind is never refunded without the item, however cheap
              US     | 8.00       | 1   | CHANGED_MIND      | 3                   | 0            | 0     | APPROVE_RETURN    | BUYER_CHOICE_RETURN
            # minor defects: keep the item with part of the price back
              US     | 60.00      | 1   | COLOUR_DIFFERENCE | 3                   | 0            | 0     | PARTIAL_REFUND    | MINOR_DEFECT_KEEP_ITEM
              DE     | 9.00       | 1   | COLOUR_DIFFERENCE | 3                   | 0            | 0     | PARTIAL_REFUND    | MINOR_DEFECT_KEEP_ITEM
              US     | 30.00      | 1   | QUALITY_DEFECT    | 3                   | 0            | 0     | PARTIAL_REFUND    | MINOR_DEFECT_KEEP_ITEM
              US     | 45.00      | 1   | QUALITY_DEFECT    | 3                   | 0            | 0     | APPROVE_RETURN    | SELLER_FAULT_RETURN
            # France: an exchange first for size and colour (E3), even when cheap
              FR     | 25.00      | 1   | SIZE_MISMATCH     | 3                   | 0            | 0     | EXCHANGE          | EXCHANGE_FIRST
              FR     | 9.00       | 1   | COLOUR_DIFFERENCE | 3                   | 0            | 0     | EXCHANGE          | EXCHANGE_FIRST
              FR     | 25.00      | 1   | DAMAGED           | 3                   | 0            | 0     | APPROVE_RETURN    | SELLER_FAULT_RETURN
              DE     | 25.00      | 1   | SIZE_MISMATCH     | 3                   | 0            | 0     | APPROVE_RETURN    | BUYER_CHOICE_RETURN
            # the window: 30 days from the delivery day, the last day included
              DE     | 25.00      | 1   | DAMAGED           | 30                  | 0            | 0     | APPROVE_RETURN    | SELLER_FAULT_RETURN
              DE     | 25.00      | 1   | DAMAGED           | 31                  | 0            | 0     | REJECT            | OUTSIDE_WINDOW
              US     | 5.00       | 1   | DAMAGED           | 45                  | 0            | 0     | REJECT            | OUTSIDE_WINDOW
            # no delivery recorded: the window cannot be counted
              US     | 20.00      | 1   | DAMAGED           | -                   | 0            | 0     | NEEDS_REVIEW      | NO_DELIVERY_RECORDED
            # the buyer's history and fraud flags go to a person
              GB     | 20.00      | 1   | WRONG_ITEM        | 3                   | 3            | 3     | NEEDS_REVIEW      | FREQUENT_RETURNER
              GB     | 20.00      | 1   | WRONG_ITEM        | 3                   | 1            | 6     | NEEDS_REVIEW      | FREQUENT_RETURNER
              GB     | 20.00      | 1   | WRONG_ITEM        | 3                   | 2            | 5     | APPROVE_RETURN    | SELLER_FAULT_RETURN
              US     | 12.00      | 1   | DAMAGED           | 3                   | 4            | 4     | NEEDS_REVIEW      | FREQUENT_RETURNER
              US     | 160.00     | 1   | CHANGED_MIND      | 3                   | 0            | 0     | NEEDS_REVIEW      | HIGH_VALUE_CHANGED_MIND
              US     | 150.00     | 1   | CHANGED_MIND      | 3                   | 0            | 0     | APPROVE_RETURN    | BUYER_CHOICE_RETURN
              US     | 150.00     | 2   | DAMAGED           | 3                   | 0            | 0     | APPROVE_RETURN    | SELLER_FAULT_RETURN
              US     | 301.00     | 1   | DAMAGED           | 3                   | 0            | 0     | NEEDS_REVIEW      | HIGH_VALUE
              FR     | 320.00     | 1   | SIZE_MISMATCH     | 3                   | 0            | 0     | NEEDS_REVIEW      | HIGH_VALUE
              US     | 20.00      | 1   | OTHER             | 3                   | 0            | 0     | NEEDS_REVIEW      | UNCLEAR_REASON
            """)
    void decidesByTheFirstMatchingRule(String market, String itemValue, int quantity, ReturnReason reason,
                                       Integer daysAfterDelivery, int returns90, int returns365, ReturnAction action,
                                       String rule) {
        ReturnPolicy policy = defaultPolicy(market);
        Money unit = Money.of(itemValue, policy.currency());
        ReturnCase c = new ReturnCase(market, unit.times(quantity).plus(Money.of("20", policy.currency())),
                List.of(new ReturnCase.Item("SKU-1", unit, quantity, reason)),
                daysAfterDelivery == null ? null : DELIVERED,
                DELIVERED.plusDays(daysAfterDelivery == null ? 3 : daysAfterDelivery), returns90, returns365);

        Decision decision = ReturnRules.decide(c, policy);

        assertThat(decision.action()).isEqualTo(action);
        assertThat(decision.rule()).isEqualTo(rule);
        assertThat(decision.reason()).isNotBlank();
    }

    @Test
    void aLowValueItemIsRefundedInFullAndAMinorDefectInPart() {
        ReturnPolicy policy = defaultPolicy("US");
        assertThat(ReturnRules.decide(aCase("US", "12.00", ReturnReason.DAMAGED), policy).amount())
                .isEqualTo(Money.of("12.00", "USD"));
        assertThat(ReturnRules.decide(aCase("US", "33.33", ReturnReason.COLOUR_DIFFERENCE), policy).amount())
                .isEqualTo(Money.of("6.67", "USD"));
    }

    @Test
    void theOutsideWindowReasonGivesTheDates() {
        Decision decision = ReturnRules.decide(new ReturnCase("DE", Money.of("25", "EUR"),
                List.of(new ReturnCase.Item("SKU-1", Money.of("25", "EUR"), 1, ReturnReason.DAMAGED)),
                DELIVERED, DELIVERED.plusDays(31), 0, 0), defaultPolicy("DE"));
        assertThat(decision.reason()).contains("2026-12-03", "2026-12-02", "30-day", "2026-11-02");
    }

    @Test
    void nonReturnableItemsAreRefusedForBuyerSideReasonsOnly() {
        ReturnPolicy policy = policy("DE", new ReturnPolicies.Overrides(null, null, null, null, null, null,
                List.of("HYG-"), null, null, null, null, null, null));
        var changedMind = new ReturnCase("DE", Money.of("25", "EUR"),
                List.of(new ReturnCase.Item("HYG-BRUSH", Money.of("25", "EUR"), 1, ReturnReason.CHANGED_MIND)),
                DELIVERED, DELIVERED.plusDays(2), 0, 0);
        var damaged = new ReturnCase("DE", Money.of("25", "EUR"),
                List.of(new ReturnCase.Item("HYG-BRUSH", Money.of("25", "EUR"), 1, ReturnReason.DAMAGED)),
                DELIVERED, DELIVERED.plusDays(2), 0, 0);

        assertThat(ReturnRules.decide(changedMind, policy)).extracting(Decision::action, Decision::rule)
                .containsExactly(ReturnAction.REJECT, "NON_RETURNABLE");
        assertThat(ReturnRules.decide(damaged, policy)).extracting(Decision::action, Decision::rule)
                .containsExactly(ReturnAction.APPROVE_RETURN, "SELLER_FAULT_RETURN");
    }

    @Test
    void aShopOverridesThresholdsAndOffers() {
        ReturnPolicy generous = policy("US", new ReturnPolicies.Overrides(null, null, null, ReturnAction.COUPON, 30, null,
                null, null, null, new BigDecimal("25"), null, null, null));
        assertThat(ReturnRules.decide(aCase("US", "24.00", ReturnReason.DAMAGED), generous))
                .extracting(Decision::action, Decision::rule)
                .containsExactly(ReturnAction.RETURNLESS_REFUND, "LOW_VALUE_KEEP_ITEM");
        Decision coupon = ReturnRules.decide(aCase("US", "50.00", ReturnReason.COLOUR_DIFFERENCE), generous);
        assertThat(coupon.action()).isEqualTo(ReturnAction.COUPON);
        assertThat(coupon.amount()).isEqualTo(Money.of("15.00", "USD"));

        ReturnPolicy noExchangeInFrance = policy("FR", new ReturnPolicies.Overrides(null, null, null, null, null, false,
                null, null, null, null, null, null, null));
        assertThat(ReturnRules.decide(aCase("FR", "25.00", ReturnReason.SIZE_MISMATCH), noExchangeInFrance).rule())
                .isEqualTo("BUYER_CHOICE_RETURN");
    }

    @Test
    void mixedLinesAreDecidedTogether() {
        ReturnPolicy policy = defaultPolicy("FR");
        var sizeAndDamage = new ReturnCase("FR", Money.of("60", "EUR"), List.of(
                new ReturnCase.Item("TEE-M", Money.of("20", "EUR"), 1, ReturnReason.SIZE_MISMATCH),
                new ReturnCase.Item("MUG", Money.of("20", "EUR"), 1, ReturnReason.DAMAGED)),
                DELIVERED, DELIVERED.plusDays(2), 0, 0);
        assertThat(ReturnRules.decide(sizeAndDamage, policy)).extracting(Decision::action, Decision::rule)
                .containsExactly(ReturnAction.APPROVE_RETURN, "SELLER_FAULT_RETURN");
    }

    static ReturnCase aCase(String market, String value, ReturnReason reason) {
        String currency = defaultPolicy(market).currency();
        return new ReturnCase(market, Money.of(value, currency),
                List.of(new ReturnCase.Item("SKU-1", Money.of(value, currency), 1, reason)),
                DELIVERED, DELIVERED.plusDays(2), 0, 0);
    }

    static ReturnPolicy defaultPolicy(String market) {
        return policy(market, ReturnPolicies.Overrides.NONE);
    }

    static ReturnPolicy policy(String market, ReturnPolicies.Overrides overrides) {
        String currency = switch (market) {
            case "US" -> "USD";
            case "GB" -> "GBP";
            case "MY" -> "MYR";
            default -> "EUR";
        };
        Shop shop = new Shop(new ShopId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "Shop " + market, null, market,
                Currency.getInstance(currency), ZoneId.of("UTC"), List.of("en"), null);
        return ReturnPolicies.of(DEFAULTS, shop, market, overrides);
    }
}
