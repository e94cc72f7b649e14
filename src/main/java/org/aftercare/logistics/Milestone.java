package org.aftercare.logistics;

/** The key nodes of a cross-border parcel's journey, in journey order. */
public enum Milestone {
    LABEL_CREATED,
    PICKED_UP,
    EXPORT_CUSTOMS,
    DEPARTED_ORIGIN,
    ARRIVED_DESTINATION,
    IMPORT_CUSTOMS_STARTED,
    IMPORT_CUSTOMS_CLEARED,
    LAST_MILE_HANDOVER,
    OUT_FOR_DELIVERY,
    DELIVERY_ATTEMPT,
    DELIVERED,
    RETURNED
}
