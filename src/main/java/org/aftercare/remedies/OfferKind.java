package org.aftercare.remedies;

/** What a buyer is offered. The first five come from the tiers; the last two only from an agent's override (D8). */
public enum OfferKind {
    /** A coupon for the next purchase. */
    COUPON,
    /** A share of the item value refunded. */
    PARTIAL_REFUND,
    /** The item value refunded. */
    FULL_REFUND,
    /** Faster shipping on the buyer's next order. */
    UPGRADED_SHIPPING,
    /** The items sent again. */
    RESHIP,
    /** The items sent again by the fastest service (an urgent gift). */
    PRIORITY_RESHIP,
    /** A person calls the buyer to apologise: a task, no money. */
    PHONE_APOLOGY;

    /** Whether money goes back to the buyer (a market that prefers exchanges offers these last). */
    public boolean refund() {
        return this == PARTIAL_REFUND || this == FULL_REFUND;
    }
}
