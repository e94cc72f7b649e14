package org.aftercare.remedies.policy;

import org.aftercare.shared.Money;

/**
 * What the tiers look at: how many days late the parcel is (or is expected to be), whether it is
 * lost, and the value of the items in it.
 */
public record Delay(int daysLate, boolean lost, Money itemValue) {

    public static Delay late(int days, Money itemValue) {
        return new Delay(days, false, itemValue);
    }

    public static Delay lost(Money itemValue) {
        return new Delay(0, true, itemValue);
    }
}
