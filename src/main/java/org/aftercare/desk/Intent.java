package org.aftercare.desk;

/** What a buyer wants from a message, as the desk routes it. */
public enum Intent {
    WHERE_IS_MY_ORDER,
    DAMAGED_OR_QUALITY,
    MISSING_PARTS,
    SIZE_MISMATCH,
    COLOUR_DIFFERENCE,
    NOT_AS_DESCRIBED,
    RETURN_OR_REFUND,
    CANCELLATION,
    DELIVERED_NOT_RECEIVED,
    COMPLAINT_OR_THREAT,
    PRODUCT_QUESTION,
    OTHER
}
