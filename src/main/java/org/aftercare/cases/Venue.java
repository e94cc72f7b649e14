package org.aftercare.cases;

/** Who decides a case: the platform (disputes, appeals, delivered-not-received) or the carrier (claims). */
public enum Venue {
    TIKTOK_SHOP, CARRIER
}
