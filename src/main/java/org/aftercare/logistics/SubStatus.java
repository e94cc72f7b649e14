package org.aftercare.logistics;

/** The detail under a main status that after-sales acts on. */
public enum SubStatus {
    CustomsProcessing,
    CustomsHeld,
    CustomsInformationRequired,
    AddressIssue,
    Returning,
    Returned,
    Lost,
    Damaged,
    Other
}
