package org.aftercare.remedies;

/**
 * An offer's life: PROPOSED → GRANTED / DECLINED / EXPIRED, or APPROVAL_REQUIRED first when it
 * breaches a cap or is above the approval threshold — never granted silently.
 */
public enum OfferState {
    PROPOSED,
    APPROVAL_REQUIRED,
    GRANTED,
    DECLINED,
    EXPIRED;

    public boolean open() {
        return this == PROPOSED || this == APPROVAL_REQUIRED;
    }
}
