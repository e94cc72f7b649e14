package org.aftercare.cases;

import java.math.BigDecimal;
import java.util.Currency;

import org.aftercare.shared.Money;

/**
 * The settings one shop's cases run by in one market: {@link CasesProperties} with the shop's
 * overrides applied.
 *
 * @param acceptLossBelow null when no threshold is known for the shop's currency: no recommendation
 */
public record CaseSettings(int disputeReplyBusinessDays, int appealDays, int carrierClaimDays, int warnBusinessDays,
                           int escalateBusinessDays, Money acceptLossBelow, Money hourlyCost, BigDecimal hoursToFight,
                           BigDecimal lossProbabilityUnclear, boolean shopOwn) {

    /** A shop's overrides; a null field keeps the default. */
    public record Overrides(Integer disputeReplyBusinessDays, Integer appealDays, Integer carrierClaimDays,
                            Integer warnBusinessDays, BigDecimal acceptLossBelow, BigDecimal hourlyCost) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null, null);

        /** Each field within its bounds, or a 400 naming it. */
        public Overrides {
            within("disputeReplyBusinessDays", disputeReplyBusinessDays, 1, 30);
            within("appealDays", appealDays, 1, 90);
            within("carrierClaimDays", carrierClaimDays, 1, 365);
            within("warnBusinessDays", warnBusinessDays, 0, 30);
            if (acceptLossBelow != null && acceptLossBelow.signum() < 0) {
                throw new IllegalArgumentException("acceptLossBelow: must not be negative");
            }
            if (hourlyCost != null && hourlyCost.signum() < 0) {
                throw new IllegalArgumentException("hourlyCost: must not be negative");
            }
        }

        private static void within(String field, Integer value, int min, int max) {
            if (value != null && (value < min || value > max)) {
                throw new IllegalArgumentException(field + ": must be between " + min + " and " + max);
            }
        }
    }

    public static CaseSettings of(CasesProperties defaults, String market, Currency currency, Overrides o) {
        String code = currency.getCurrencyCode();
        BigDecimal threshold = o.acceptLossBelow() != null ? o.acceptLossBelow() : defaults.acceptLossBelow().get(code);
        BigDecimal hourly = o.hourlyCost() != null ? o.hourlyCost() : defaults.hourlyCost().getOrDefault(code, BigDecimal.ZERO);
        return new CaseSettings(
                o.disputeReplyBusinessDays() != null ? o.disputeReplyBusinessDays()
                        : defaults.disputeReplyBusinessDaysByMarket().getOrDefault(market, defaults.disputeReplyBusinessDays()),
                o.appealDays() != null ? o.appealDays() : defaults.appealDaysByMarket().getOrDefault(market, defaults.appealDays()),
                o.carrierClaimDays() != null ? o.carrierClaimDays() : defaults.carrierClaimDays(),
                o.warnBusinessDays() != null ? o.warnBusinessDays() : defaults.warnBusinessDays(),
                Math.min(defaults.escalateBusinessDays(),
                        o.warnBusinessDays() != null ? o.warnBusinessDays() : defaults.warnBusinessDays()),
                threshold == null ? null : new Money(threshold, currency),
                new Money(hourly, currency),
                defaults.hoursToFight(), defaults.lossProbabilityUnclear(),
                !o.equals(Overrides.NONE));
    }
}
