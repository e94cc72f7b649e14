package org.aftercare.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentProgress;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingEvent;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.simulator.timeline.Timeline;
import org.aftercare.simulator.world.Lane;
import org.aftercare.simulator.world.Lanes;
import org.aftercare.simulator.world.Markets;
import org.junit.jupiter.api.Test;

/** Tracking histories look like real ones: sane transit times, in order, consistent with ShipmentProgress. */
class SimulatorTimelineTests {

    static final Instant ORDINARY_TUESDAY = Instant.parse("2026-06-09T08:00:00Z");

    @Test
    void medianTransitFromChinaToTheUsIsNineToFourteenDays() {
        List<Double> days = deliveredTransitDays("US", 10_000, ORDINARY_TUESDAY);
        assertThat(median(days)).isBetween(9.0, 14.0);
        assertThat(percentile(days, 0.9)).isBetween(13.0, 24.0);
    }

    @Test
    void europeanLanesTakeLongerThanMalaysia() {
        assertThat(median(deliveredTransitDays("IT", 5_000, ORDINARY_TUESDAY)))
                .isGreaterThan(median(deliveredTransitDays("DE", 5_000, ORDINARY_TUESDAY)));
        assertThat(median(deliveredTransitDays("MY", 5_000, ORDINARY_TUESDAY))).isBetween(4.0, 9.0);
    }

    @Test
    void noParcelIsPickedUpDuringTheSpringFestivalClosure() {
        Instant beforeNewYear = Instant.parse("2026-02-13T06:00:00Z");
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            List<TrackingEvent> events = timeline("US", beforeNewYear, random, i);
            Instant pickup = ShipmentProgress.derivedFrom(events).reached(Milestone.PICKED_UP);
            assertThat(pickup).isAfterOrEqualTo(Instant.parse("2026-02-26T01:00:00Z"));
        }
    }

    @Test
    void everyHistoryIsInTimeOrderAndAgreesWithShipmentProgress() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 5_000; i++) {
            String market = Markets.ALL.get(i % Markets.ALL.size()).country();
            List<TrackingEvent> events = timeline(market, ORDINARY_TUESDAY, random, i);
            for (int e = 1; e < events.size(); e++) {
                assertThat(events.get(e).occurredAt()).isAfter(events.get(e - 1).occurredAt());
            }
            ShipmentProgress progress = ShipmentProgress.derivedFrom(events);
            assertThat(progress.status()).isEqualTo(events.getLast().status());
            assertThat(progress.lastEventAt()).isEqualTo(events.getLast().occurredAt());
            assertThat(events.getFirst().milestone()).isEqualTo(Milestone.LABEL_CREATED);
            assertMilestonesInJourneyOrder(progress);
            if (progress.status() == TrackingStatus.Delivered) {
                assertThat(progress.reached(Milestone.DELIVERED)).isNotNull();
                assertThat(progress.reached(Milestone.RETURNED)).isNull();
            }
            if (progress.reached(Milestone.RETURNED) != null) {
                assertThat(progress.subStatus()).isEqualTo(SubStatus.Returned);
            }
        }
    }

    @Test
    void mostParcelsArriveAndFewAreLostOrReturned() {
        SplittableRandom random = new SplittableRandom(5);
        Map<TrackingStatus, Integer> finalStatus = new EnumMap<>(TrackingStatus.class);
        for (int i = 0; i < 10_000; i++) {
            finalStatus.merge(ShipmentProgress.derivedFrom(timeline("GB", ORDINARY_TUESDAY, random, i)).status(), 1,
                    Integer::sum);
        }
        assertThat(finalStatus.get(TrackingStatus.Delivered)).isGreaterThan(9_700);
        assertThat(finalStatus.get(TrackingStatus.Exception)).isBetween(50, 300);
    }

    private static void assertMilestonesInJourneyOrder(ShipmentProgress progress) {
        Instant previous = Instant.MIN;
        for (Milestone milestone : Milestone.values()) {
            Instant reached = progress.reached(milestone);
            if (reached != null) {
                assertThat(reached).as(milestone.name()).isAfterOrEqualTo(previous);
                previous = reached;
            }
        }
    }

    static List<Double> deliveredTransitDays(String market, int parcels, Instant labelledAt) {
        SplittableRandom random = new SplittableRandom(42);
        List<Double> days = new ArrayList<>();
        for (int i = 0; i < parcels; i++) {
            ShipmentProgress progress = ShipmentProgress.derivedFrom(timeline(market, labelledAt, random, i));
            Instant delivered = progress.reached(Milestone.DELIVERED);
            if (delivered != null) {
                days.add(Duration.between(labelledAt, delivered).toMinutes() / 1440.0);
            }
        }
        return days;
    }

    private static List<TrackingEvent> timeline(String market, Instant labelledAt, SplittableRandom random, int i) {
        Lane lane = Lanes.pick(market, random);
        return Timeline.of(lane, Markets.of(market), "T" + i, labelledAt, random);
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
