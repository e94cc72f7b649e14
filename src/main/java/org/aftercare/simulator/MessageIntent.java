package org.aftercare.simulator;

/** What a buyer wants when they write to the seller. */
public enum MessageIntent {
    WHERE_IS_MY_ORDER,
    DAMAGED,
    MISSING_PARTS,
    SIZE,
    COLOUR,
    REFUND,
    /** Angry, threatening a bad review, a chargeback or a platform dispute. */
    ANGRY_THREAT
}
