package org.aftercare.remedies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The caps by example, with the USD defaults: 25 per offer, 50 per order, 80 per buyer in 90 days, 2000 per month. */
class CapsTests {

    @ParameterizedTest(name = "offer {0}, granted on order {1}, to buyer {2}, this month {3} → {4}")
    @CsvSource(textBlock = """
            # offer  | on order | to buyer | this month | breaches
              5.00   | 0        | 0        | 0          |
              25.00  | 0        | 0        | 0          |
              25.01  | 0        | 0        | 0          | ABOVE_THRESHOLD
              10.00  | 45.00    | 45.00    | 45.00      | CAP_PER_ORDER
              10.00  | 0        | 75.00    | 75.00      | CAP_PER_BUYER
              10.00  | 0        | 0        | 1995.00    | CAP_PER_MONTH
              60.00  | 0        | 30.00    | 0          | ABOVE_THRESHOLD CAP_PER_ORDER CAP_PER_BUYER
            """, delimiter = '|', commentCharacter = '#')
    void anOfferOverACapNeedsApproval(String offer, String onOrder, String toBuyer, String thisMonth, String breaches) {
        RemedyPolicy policy = RemedyTiersTests.policy("US", "USD");
        var found = Caps.check(policy, Money.of(offer, "USD"),
                new Caps.Granted(Money.of(onOrder, "USD"), Money.of(toBuyer, "USD"), Money.of(thisMonth, "USD")));
        assertThat(found).extracting(Caps.Breach::cap)
                .containsExactly(breaches == null ? new String[0] : breaches.split(" "));
    }
}
