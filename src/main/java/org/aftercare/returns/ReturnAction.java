package org.aftercare.returns;

/** What is done about a return request; the status the request then has. */
public enum ReturnAction {
    /** The buyer sends the item back; refunded per the policy's refund timing. */
    APPROVE_RETURN("AWAITING_RETURN"),
    /** The buyer keeps the item and is refunded in full now (R4). */
    RETURNLESS_REFUND("REFUND_QUEUED"),
    /** The buyer keeps the item and gets part of the price back (minor defects). */
    PARTIAL_REFUND("REFUND_QUEUED"),
    /** The buyer keeps the item and gets a coupon for a next order. */
    COUPON("COUPON_OFFERED"),
    /** The item is exchanged for another size or colour (France: offered before a refund, E3). */
    EXCHANGE("EXCHANGE_PENDING"),
    REJECT("REJECTED"),
    /** A person decides, before the platform's review clock runs out. */
    NEEDS_REVIEW("NEEDS_REVIEW");

    private final String status;

    ReturnAction(String status) {
        this.status = status;
    }

    /** The request's status once this action is decided. */
    public String status() {
        return status;
    }

    /** Whether the buyer keeps the item and money is refunded at once (a QUEUED refund row). */
    public boolean refundsNow() {
        return this == RETURNLESS_REFUND || this == PARTIAL_REFUND;
    }
}
