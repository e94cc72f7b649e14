package org.aftercare.remedies.policy;

import java.util.Currency;

import org.aftercare.shared.Money;

/**
 * The policy in force for one shop, market and currency. Money fields are null when the currency
 * has no local amounts (no automatic money offer then).
 *
 * @param exchangeFirst whether a tier offers its non-refund choice before a refund (E3)
 */
public record RemedyPolicy(String market, Currency currency, int couponFromDaysLate, int partialRefundAfterDaysLate,
                           int partialRefundPercent, boolean exchangeFirst, int buyerCapDays, Money coupon,
                           Money upgradedShipping, Money refundLostUpTo, Money capPerOrder, Money capPerBuyer,
                           Money capPerMonth, Money approvalAbove) {

    public RemedyPolicy {
        if (couponFromDaysLate < 1) {
            throw new IllegalArgumentException("couponFromDaysLate: must be at least 1");
        }
        if (partialRefundAfterDaysLate < couponFromDaysLate) {
            throw new IllegalArgumentException("partialRefundAfterDaysLate: must not be below couponFromDaysLate");
        }
        if (partialRefundPercent < 1 || partialRefundPercent > 100) {
            throw new IllegalArgumentException("partialRefundPercent: must be between 1 and 100");
        }
        if (buyerCapDays < 1) {
            throw new IllegalArgumentException("buyerCapDays: must be at least 1");
        }
    }

    /** Whether every amount is known in this currency (from the defaults or the shop); without, no automatic money offer. */
    public boolean hasLocalAmounts() {
        return coupon != null && upgradedShipping != null && refundLostUpTo != null && capPerOrder != null
                && capPerBuyer != null && capPerMonth != null && approvalAbove != null;
    }
}
