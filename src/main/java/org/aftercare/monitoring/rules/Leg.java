package org.aftercare.monitoring.rules;

import org.aftercare.logistics.Milestone;

/**
 * The part of the journey a parcel is in, named the way the seeds diagnose a failure: which leg
 * failed decides whom to push (the warehouse, the line-haul carrier, the broker, the last mile).
 */
public enum Leg {
    WAREHOUSE,
    FIRST_MILE,
    LINE_HAUL,
    CUSTOMS,
    LAST_MILE;

    public static Leg after(Milestone latest) {
        if (latest == null) {
            return WAREHOUSE;
        }
        return switch (latest) {
            case LABEL_CREATED -> WAREHOUSE;
            case PICKED_UP -> FIRST_MILE;
            case EXPORT_CUSTOMS -> CUSTOMS;
            case DEPARTED_ORIGIN, ARRIVED_DESTINATION -> LINE_HAUL;
            case IMPORT_CUSTOMS_STARTED -> CUSTOMS;
            case IMPORT_CUSTOMS_CLEARED, LAST_MILE_HANDOVER, OUT_FOR_DELIVERY, DELIVERY_ATTEMPT, DELIVERED, RETURNED -> LAST_MILE;
        };
    }
}
