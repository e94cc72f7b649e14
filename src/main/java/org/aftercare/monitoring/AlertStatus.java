package org.aftercare.monitoring;

/** An alert's lifecycle: open → acknowledged → resolved (by an agent, or automatically when the parcel moves on). */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
