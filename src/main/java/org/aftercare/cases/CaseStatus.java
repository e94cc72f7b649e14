package org.aftercare.cases;

/**
 * Where a case stands (R11). OPEN while evidence is gathered; SUBMITTED to the venue; the venue's
 * answer APPROVED, PARTIALLY_APPROVED or REJECTED (which may be resubmitted with more evidence);
 * WITHDRAWN when the seller stops, for example to accept the loss.
 */
public enum CaseStatus {
    OPEN, SUBMITTED, APPROVED, PARTIALLY_APPROVED, REJECTED, WITHDRAWN;

    /** Closed cases release the order's legal hold; a rejected case stays open for a resubmission. */
    public boolean closed() {
        return this == APPROVED || this == PARTIALLY_APPROVED || this == WITHDRAWN;
    }

    public boolean outcome() {
        return this == APPROVED || this == PARTIALLY_APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
