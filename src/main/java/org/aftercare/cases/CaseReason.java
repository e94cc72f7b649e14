package org.aftercare.cases;

/** Why a case is opened; {@link CaseType#reasons()} says which reasons each type takes. */
public enum CaseReason {
    NOT_RECEIVED, NOT_AS_DESCRIBED, DAMAGED, MISSING_ITEMS, QUALITY,
    LOST, LATE,
    LOGISTICS_PENALTY, LATE_DISPATCH, SHOP_HEALTH_VIOLATION, ACCOUNT_REINSTATEMENT,
    DELIVERED_NOT_RECEIVED
}
