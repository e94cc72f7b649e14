package org.aftercare.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.aftercare.shared.Money;

/**
 * Accept-the-loss (R10): whether to refund rather than fight, with the expected cost of each.
 *
 * <p>The model (docs/cases.md): fighting costs the agent's time and, if the case is lost, the amount
 * anyway — {@code hoursToFight × hourlyCost + lossProbability × amount}; refunding costs the amount.
 * Refunding is recommended when the amount is below the shop's threshold and liability is unclear: the
 * parcel was scanned delivered, there is no delivery proof, and nothing says the carrier was at fault
 * (not a carrier claim). The agent decides; the recommendation is advice.
 *
 * @param unclearLiability delivered scan without proof, no carrier fault
 * @param belowThreshold   the amount is under the shop's accept-the-loss threshold (false when none is set)
 */
public record LossAdvice(Recommendation recommendation, boolean unclearLiability, boolean belowThreshold,
                         Money threshold, Money costOfFighting, Money costOfRefunding) {

    public enum Recommendation {
        REFUND, FIGHT
    }

    public static LossAdvice of(Case c, CaseSettings s, boolean deliveredScan, boolean deliveryProof) {
        Money amount = c.amount();
        boolean unclear = deliveredScan && !deliveryProof && c.type() != CaseType.CARRIER_CLAIM;
        boolean below = s.acceptLossBelow() != null && amount.amount().compareTo(s.acceptLossBelow().amount()) < 0;
        BigDecimal probability = unclear ? s.lossProbabilityUnclear() : BigDecimal.ZERO;
        BigDecimal fighting = s.hoursToFight().multiply(s.hourlyCost().amount())
                .add(probability.multiply(amount.amount()));
        return new LossAdvice(unclear && below ? Recommendation.REFUND : Recommendation.FIGHT, unclear, below,
                s.acceptLossBelow(), new Money(fighting.setScale(4, RoundingMode.HALF_EVEN), amount.currency()), amount);
    }

    /** Whether the console should offer the refund: the recommendation is to refund. */
    public boolean refundRecommended() {
        return recommendation == Recommendation.REFUND;
    }
}
