package org.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import org.aftercare.orders.OrderId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accept-the-loss (R10) by example, with the defaults: threshold 25 USD, 1.5 hours at 20 USD an
 * hour, a 60 % chance of losing when liability is unclear.
 */
class LossAdviceTests {

    static final CaseSettings US = CaseSettings.of(CasesProperties.defaults(), "US", Currency.getInstance("USD"),
            CaseSettings.Overrides.NONE);

    @ParameterizedTest(name = "{0} {1} of {2} USD, delivered scan {3}, proof {4} → {5} (fighting {6})")
    @CsvSource({
            // 1.5 h × 20 + 0.6 × 18 = 40.80 against 18.00 refunded: refund.
            "DELIVERED_NOT_RECEIVED, DELIVERED_NOT_RECEIVED, 18.00, true,  false, REFUND, 40.8000",
            "PLATFORM_DISPUTE,       NOT_RECEIVED,           24.99, true,  false, REFUND, 44.9940",
            // At the threshold or above: fight, whatever liability.
            "DELIVERED_NOT_RECEIVED, DELIVERED_NOT_RECEIVED, 25.00, true,  false, FIGHT,  45.0000",
            "DELIVERED_NOT_RECEIVED, DELIVERED_NOT_RECEIVED, 120.00, true, false, FIGHT,  102.0000",
            // A delivery photo makes liability clear: fight (only the time is at stake).
            "DELIVERED_NOT_RECEIVED, DELIVERED_NOT_RECEIVED, 18.00, true,  true,  FIGHT,  30.0000",
            // No delivered scan: the parcel is lost in transit, the carrier's fault.
            "PLATFORM_DISPUTE,       NOT_RECEIVED,           18.00, false, false, FIGHT,  30.0000",
            // A carrier claim is about the carrier's fault by definition.
            "CARRIER_CLAIM,          LOST,                   18.00, true,  false, FIGHT,  30.0000",
    })
    void advice(CaseType type, CaseReason reason, String amount, boolean delivered, boolean proof,
                LossAdvice.Recommendation expected, String fighting) {
        LossAdvice advice = LossAdvice.of(aCase(type, reason, amount), US, delivered, proof);

        assertThat(advice.recommendation()).isEqualTo(expected);
        assertThat(advice.costOfFighting()).isEqualTo(Money.of(fighting, "USD"));
        assertThat(advice.costOfRefunding()).isEqualTo(Money.of(amount, "USD"));
    }

    @ParameterizedTest(name = "a shop threshold of {0} USD: {1} USD → {2}")
    @CsvSource({"50, 45.00, REFUND", "10, 9.99, REFUND", "10, 18.00, FIGHT"})
    void aShopSetsItsOwnThreshold(String threshold, String amount, LossAdvice.Recommendation expected) {
        CaseSettings shop = CaseSettings.of(CasesProperties.defaults(), "US", Currency.getInstance("USD"),
                new CaseSettings.Overrides(null, null, null, null, new BigDecimal(threshold), null));

        assertThat(LossAdvice.of(aCase(CaseType.DELIVERED_NOT_RECEIVED, CaseReason.DELIVERED_NOT_RECEIVED, amount), shop, true,
                false).recommendation()).isEqualTo(expected);
    }

    static Case aCase(CaseType type, CaseReason reason, String amount) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new Case(CaseId.random(), new TenantId(java.util.UUID.randomUUID()), new ShopId(java.util.UUID.randomUUID()),
                new OrderId(java.util.UUID.randomUUID()), null, 1, type, reason, "US", "YUNEXPRESS", null, CaseStatus.OPEN,
                Case.Priority.NORMAL, Money.of(amount, "USD"), null, null, new Case.Statement(null, null, null, "en"),
                new CaseDeadline(now, now, now, now), null, null, now, "test", null, null, 0);
    }
}
