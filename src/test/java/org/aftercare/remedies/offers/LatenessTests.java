package org.aftercare.remedies.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.logistics.TransitEstimate;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** Days late are counted in the destination's calendar against the promised date. */
class LatenessTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate PROMISED = LocalDate.parse("2026-12-05");

    @Test
    void anUndeliveredParcelIsAsLateAsTodayOrItsEtaWhicheverIsLater() {
        assertThat(Lateness.daysLate(parcel(null, Map.of()), null, NOW)).isEqualTo(5);
        TransitEstimate threeMoreDays = new TransitEstimate(NOW, Duration.ofDays(3), Duration.ofDays(6));
        assertThat(Lateness.daysLate(parcel(null, Map.of()), threeMoreDays, NOW)).isEqualTo(8);
        TransitEstimate alreadyDue = new TransitEstimate(NOW.minus(Duration.ofDays(9)), Duration.ofDays(2), Duration.ofDays(4));
        assertThat(Lateness.daysLate(parcel(null, Map.of()), alreadyDue, NOW)).isEqualTo(5);
    }

    @Test
    void aDeliveredParcelIsAsLateAsItsDeliveryDay() {
        Map<Milestone, Instant> delivered = Map.of(Milestone.DELIVERED, Instant.parse("2026-12-07T23:30:00Z"));
        // 00:30 on the 8th in Berlin: three days late, not two
        assertThat(Lateness.daysLate(parcel(null, delivered), null, NOW)).isEqualTo(3);
    }

    @Test
    void onTimeOrNoPromiseIsNotLateAndALostParcelIsLost() {
        assertThat(Lateness.daysLate(parcel(null, Map.of()), null, Instant.parse("2026-12-04T10:00:00Z"))).isZero();
        assertThat(Lateness.daysLate(new ShipmentSnapshot(new ShipmentId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ShopId(UUID.randomUUID()), "LP1CN", "YUNEXPRESS", null, "CN", "DE", BERLIN, NOW, false,
                TrackingStatus.InTransit, null, NOW, null, Map.of(), null), null, NOW)).isZero();
        assertThat(Lateness.of(parcel(SubStatus.Lost, Map.of()), null, NOW, Money.of("10", "EUR")).lost()).isTrue();
    }

    private static ShipmentSnapshot parcel(SubStatus subStatus, Map<Milestone, Instant> milestones) {
        return new ShipmentSnapshot(new ShipmentId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ShopId(UUID.randomUUID()), "LP1CN", "YUNEXPRESS", null, "CN", "DE", BERLIN, NOW.minus(Duration.ofDays(12)),
                false, TrackingStatus.InTransit, subStatus, NOW, "Leipzig", new EnumMap<>(milestones.isEmpty()
                ? Map.of(Milestone.PICKED_UP, NOW.minus(Duration.ofDays(11))) : milestones), PROMISED);
    }
}
