package org.aftercare.returns;

/** When a returned item's refund is paid. */
public enum RefundTiming {
    /** As soon as the return is approved, before the parcel is sent. */
    ON_APPROVAL,
    /** When the return warehouse scans the parcel in. */
    ON_RECEIPT,
    /** When the warehouse has graded the item (QC). */
    ON_GRADING
}
