package org.aftercare.remedies.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TransitEstimate;
import org.aftercare.remedies.policy.Delay;
import org.aftercare.shared.Money;

/**
 * How late a parcel is, in days of its destination's calendar, against the promised date: when
 * delivered, the delivery day; otherwise the later of today and the ETA's median arrival (so an
 * OVERDUE or LATE_RISK alert is judged by the delay the buyer will live through, not the hour it
 * fired). Lost when the carrier says so (EXCEPTION / Lost). No promised date: 0 days.
 */
final class Lateness {

    private Lateness() {
    }

    static Delay of(ShipmentSnapshot parcel, TransitEstimate eta, Instant now, Money itemValue) {
        if (parcel.subStatus() == SubStatus.Lost) {
            return Delay.lost(itemValue);
        }
        return Delay.late(daysLate(parcel, eta, now), itemValue);
    }

    static int daysLate(ShipmentSnapshot parcel, TransitEstimate eta, Instant now) {
        if (parcel.promisedBy() == null) {
            return 0;
        }
        Instant delivered = parcel.milestones().get(Milestone.DELIVERED);
        LocalDate arrival;
        if (delivered != null) {
            arrival = LocalDate.ofInstant(delivered, parcel.destinationZone());
        }
        else {
            arrival = LocalDate.ofInstant(now, parcel.destinationZone());
            if (eta != null) {
                LocalDate expected = LocalDate.ofInstant(eta.earliest(), parcel.destinationZone());
                arrival = expected.isAfter(arrival) ? expected : arrival;
            }
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(parcel.promisedBy(), arrival));
    }
}
