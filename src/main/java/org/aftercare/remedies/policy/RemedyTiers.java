package org.aftercare.remedies.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.policy.TierDecision.NoRemedy;
import org.aftercare.remedies.policy.TierDecision.Remedy;
import org.aftercare.shared.Money;

/**
 * The compensation tiers (D7, R10, E3), first match wins:
 * <ol>
 *   <li>LOST — reship the items, or refund them in full; a low-value parcel (up to refundLostUpTo) is refunded
 *       first, as reshipping costs more than the loss (R10); exchange-first markets reship first.</li>
 *   <li>VERY_LATE — more than partialRefundAfterDaysLate (7) days late: a partial refund of 10 % of the item
 *       value, or upgraded shipping on the next order; exchange-first markets offer the shipping upgrade first;
 *       when 10 % is worth less than the coupon, the coupon is offered instead.</li>
 *   <li>LATE — from couponFromDaysLate (3) days late: a coupon for the next purchase. The brief names 3–5 days;
 *       5–7 days is left open there and gets the coupon too, so no delay falls between two tiers.</li>
 * </ol>
 * Less late than that: no offer.
 */
public final class RemedyTiers {

    private RemedyTiers() {
    }

    public static TierDecision decide(RemedyPolicy policy, Delay delay) {
        if (!policy.hasLocalAmounts()) {
            return new NoRemedy("No local amounts for " + policy.currency().getCurrencyCode() + ": an agent proposes by hand");
        }
        if (delay.lost()) {
            return lost(policy, delay);
        }
        if (delay.daysLate() > policy.partialRefundAfterDaysLate()) {
            return veryLate(policy, delay);
        }
        if (delay.daysLate() >= policy.couponFromDaysLate()) {
            return new Remedy("LATE", OfferKind.COUPON, null, policy.coupon(), null,
                    delay.daysLate() + " days late: a coupon for the next purchase");
        }
        return new NoRemedy(delay.daysLate() + " days late: below the coupon tier (" + policy.couponFromDaysLate() + " days)");
    }

    private static TierDecision lost(RemedyPolicy policy, Delay delay) {
        Money value = delay.itemValue();
        if (!policy.exchangeFirst() && value.amount().compareTo(policy.refundLostUpTo().amount()) <= 0) {
            return new Remedy("LOST", OfferKind.FULL_REFUND, OfferKind.RESHIP, value, null,
                    "Lost, items worth " + value + " (up to " + policy.refundLostUpTo() + "): refund rather than reship");
        }
        return new Remedy("LOST", OfferKind.RESHIP, OfferKind.FULL_REFUND, value, null, policy.exchangeFirst()
                ? "Lost, " + policy.market() + " prefers an exchange before a refund: reship"
                : "Lost, items worth " + value + ": reship");
    }

    private static TierDecision veryLate(RemedyPolicy policy, Delay delay) {
        int days = delay.daysLate();
        if (policy.exchangeFirst()) {
            return new Remedy("VERY_LATE", OfferKind.UPGRADED_SHIPPING, OfferKind.PARTIAL_REFUND, policy.upgradedShipping(),
                    null, days + " days late, " + policy.market() + " prefers no refund first: upgraded shipping on the next order");
        }
        Money partial = percentOf(delay.itemValue(), policy.partialRefundPercent());
        if (partial.amount().compareTo(policy.coupon().amount()) < 0) {
            return new Remedy("VERY_LATE", OfferKind.COUPON, OfferKind.UPGRADED_SHIPPING, policy.coupon(), null,
                    days + " days late, " + policy.partialRefundPercent() + " % of " + delay.itemValue()
                            + " is less than the coupon: the coupon");
        }
        return new Remedy("VERY_LATE", OfferKind.PARTIAL_REFUND, OfferKind.UPGRADED_SHIPPING, partial,
                policy.partialRefundPercent(), days + " days late: " + policy.partialRefundPercent() + " % of " + delay.itemValue());
    }

    /** The tiers from least to most generous: an alert's offer is not added when one of these at its tier or above stands. */
    public static final List<String> BY_RANK = List.of("LATE", "VERY_LATE", "LOST");

    /**
     * The tier of an incident campaign's goodwill coupon ({@code CouponGrants}): no delay gives it,
     * and it stands for a coupon already given for the order's delay.
     */
    public static final String CAMPAIGN = "CAMPAIGN";

    /** The tiers at or above {@code tier}. */
    public static List<String> atOrAbove(String tier) {
        int i = BY_RANK.indexOf(tier);
        return i < 0 ? List.of(tier) : BY_RANK.subList(i, BY_RANK.size());
    }

    /**
     * The tiers whose standing offer on the order already covers an offer of {@code tier} and
     * {@code kind}: the same tier or a higher one; and for a coupon (LATE, or VERY_LATE when the
     * partial refund is worth less) also a campaign's coupon, so a buyer gets one coupon for a delay.
     */
    public static List<String> covering(String tier, OfferKind kind) {
        List<String> tiers = atOrAbove(tier);
        if (kind != OfferKind.COUPON) {
            return tiers;
        }
        List<String> withCampaign = new ArrayList<>(tiers);
        withCampaign.add(CAMPAIGN);
        return List.copyOf(withCampaign);
    }

    /** {@code percent} % of {@code value}, rounded to the currency's minor units. */
    public static Money percentOf(Money value, int percent) {
        return new Money(value.amount().multiply(BigDecimal.valueOf(percent)).movePointLeft(2), value.currency());
    }
}
