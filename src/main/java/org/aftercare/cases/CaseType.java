package org.aftercare.cases;

import static org.aftercare.cases.CaseReason.*;

import java.util.List;

/** The four kinds of case, each with the reasons it is opened for and the venue that decides it. */
public enum CaseType {
    /** The buyer disputes the order with the platform; the seller answers with evidence (R9). */
    PLATFORM_DISPUTE(Venue.TIKTOK_SHOP, List.of(NOT_RECEIVED, NOT_AS_DESCRIBED, DAMAGED, MISSING_ITEMS, QUALITY)),
    /** The seller claims the value of a parcel from the carrier that lost, damaged or delayed it. */
    CARRIER_CLAIM(Venue.CARRIER, List.of(LOST, DAMAGED, LATE)),
    /** The seller appeals a platform penalty or the shop's suspension (L6, L7). */
    PLATFORM_APPEAL(Venue.TIKTOK_SHOP, List.of(LOGISTICS_PENALTY, LATE_DISPATCH, SHOP_HEALTH_VIOLATION,
            ACCOUNT_REINSTATEMENT)),
    /**
     * The carrier scanned the parcel delivered, the buyer says it never came: delivery proof, the
     * carrier's investigation ticket and the buyer's statement, then reship or refund.
     */
    DELIVERED_NOT_RECEIVED(Venue.TIKTOK_SHOP, List.of(CaseReason.DELIVERED_NOT_RECEIVED));

    private final Venue venue;
    private final List<CaseReason> reasons;

    CaseType(Venue venue, List<CaseReason> reasons) {
        this.venue = venue;
        this.reasons = reasons;
    }

    public Venue venue() {
        return venue;
    }

    public List<CaseReason> reasons() {
        return reasons;
    }

    /** The reason if this type is opened for it; otherwise a 400 naming the field. */
    public CaseReason requireReason(CaseReason reason) {
        if (reason == null || !reasons.contains(reason)) {
            throw new IllegalArgumentException("reason: " + name() + " is opened for one of " + reasons);
        }
        return reason;
    }
}
