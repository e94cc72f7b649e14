package org.aftercare.outreach;

/** Why a parcel is late, as a notice tells the buyer (D4); templates word each with {reason, select, …}. */
public enum DelayReason {
    WAREHOUSE_OVERLOAD, EXTREME_WEATHER, CUSTOMS_INSPECTION, PEAK_SEASON, CARRIER_NETWORK_CLOSURE
}
