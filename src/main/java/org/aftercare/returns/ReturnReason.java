package org.aftercare.returns;

/**
 * Why a buyer returns a line: the taxonomy of the brief (R3). Seller-fault reasons are the
 * seller's to pay for (return shipping, and never refused as "non-returnable"); buyer-side reasons
 * follow the shop's policy.
 */
public enum ReturnReason {
    SIZE_MISMATCH(false),
    COLOUR_DIFFERENCE(true),
    MISSING_PARTS(true),
    DAMAGED(true),
    QUALITY_DEFECT(true),
    NOT_AS_DESCRIBED(true),
    WRONG_ITEM(true),
    ARRIVED_LATE(true),
    CHANGED_MIND(false),
    /** Nothing the rules can judge: a person reads the buyer's comment. */
    OTHER(false);

    private final boolean sellerFault;

    ReturnReason(boolean sellerFault) {
        this.sellerFault = sellerFault;
    }

    public boolean sellerFault() {
        return sellerFault;
    }
}
