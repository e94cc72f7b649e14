package org.aftercare.outreach;

/**
 * What a notice is about. The four C5 reply scripts and the return instructions are the desk's
 * (a reply to what a buyer wrote, {@code desk/scripts}); these are the messages outreach writes first.
 */
public enum Scenario {
    /** The parcel is late: reason, apology, tracking link, ETA window, next-update promise (D4, D5). */
    DELAY_NOTICE,
    /** The promised update, with fresh status and, while still on the way, the next promise. */
    FOLLOW_UP_UPDATE,
    /** Customs hold the parcel and need something from the buyer. */
    CUSTOMS_INFO_REQUIRED,
    /** The carrier lost the parcel: reship or full refund. */
    LOST_PARCEL_OFFER,
    /** The parcel was delivered: did it arrive well? */
    DELIVERED_CHECK,
    /** After a good delivery: a review invitation. */
    REVIEW_INVITATION;

    /** Whether the scenario promises a next update, which then becomes a follow-up. */
    public boolean promisesUpdate() {
        return this == DELAY_NOTICE || this == FOLLOW_UP_UPDATE || this == CUSTOMS_INFO_REQUIRED;
    }
}
