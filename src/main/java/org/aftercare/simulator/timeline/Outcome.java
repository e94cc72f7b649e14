package org.aftercare.simulator.timeline;

/** How a simulated parcel's journey ends. */
public enum Outcome {
    DELIVERED,
    /** Refused, address unknown, or not collected: back to the sender. */
    RETURNED,
    /** Goes silent somewhere on the way; sometimes the carrier declares it lost. */
    LOST,
    /** Reported damaged in the last mile; some are delivered anyway, some disposed of. */
    DAMAGED
}
