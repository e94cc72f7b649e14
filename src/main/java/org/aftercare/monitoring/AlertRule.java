package org.aftercare.monitoring;

/** The alert rules, by the identifiers used in the API and the console. */
public enum AlertRule {
    /** No first carrier scan some time (48 h) after the label was created. */
    NO_PICKUP,
    /** Import or export customs not cleared some time (5 days) after it started. */
    CUSTOMS_DWELL,
    /** No new event for N days (7; 3 for hot products). */
    STALLED,
    /** The carrier reports a failed delivery attempt. */
    DELIVERY_FAILURE,
    /** The parcel is on its way back to the sender, or back. */
    RETURNING,
    /** The carrier reports the parcel lost, damaged or an address problem. */
    EXCEPTION,
    /** Predicted to miss the promised delivery date. */
    LATE_RISK,
    /** The promised delivery date has passed and the parcel is not delivered. */
    OVERDUE,
    /** Delivered according to the carrier, but the buyer reports non-receipt. */
    DELIVERED_NOT_RECEIVED,
    /** A notice promised the buyer an update by a time, and it was not sent (outreach reports it). */
    BROKEN_PROMISE
}
