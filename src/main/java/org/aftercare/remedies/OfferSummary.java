package org.aftercare.remedies;

import org.aftercare.shared.Money;

/**
 * An offer as other modules read it (outreach puts the coupon amount into a notice).
 *
 * @param amount  what the offer is worth to the buyer (the cost to the shop); zero for a phone apology
 * @param percent the share of the item value for a partial refund, else null
 */
public record OfferSummary(OfferId id, OfferKind kind, Money amount, Integer percent, OfferState state) {
}
