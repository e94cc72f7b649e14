package org.aftercare.monitoring;

import static org.aftercare.logistics.Milestone.ARRIVED_DESTINATION;
import static org.aftercare.logistics.Milestone.DELIVERED;
import static org.aftercare.logistics.Milestone.DEPARTED_ORIGIN;
import static org.aftercare.logistics.Milestone.EXPORT_CUSTOMS;
import static org.aftercare.logistics.Milestone.IMPORT_CUSTOMS_CLEARED;
import static org.aftercare.logistics.Milestone.IMPORT_CUSTOMS_STARTED;
import static org.aftercare.logistics.Milestone.LAST_MILE_HANDOVER;
import static org.aftercare.logistics.Milestone.PICKED_UP;
import static org.aftercare.monitoring.AShipment.NOW;
import static org.aftercare.monitoring.AShipment.shippedDaysAgo;
import static org.aftercare.monitoring.AShipment.shippedHoursAgo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.rules.AlertRules;
import org.aftercare.monitoring.rules.AlertRules.Assessment;
import org.aftercare.monitoring.rules.RuleContext;
import org.aftercare.monitoring.rules.Thresholds;
import org.aftercare.monitoring.rules.Verdict;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The alert rules of L2 and D3, by example, with the brief's default thresholds. */
class AlertRulesTests {

    static Stream<Arguments> examples() {
        return Stream.of(
                example("shipped 49 h ago, no pickup scan", shippedHoursAgo(49), AlertRule.NO_PICKUP),
                example("shipped 47 h ago, no pickup scan", shippedHoursAgo(47)),
                example("shipped 50 h ago, picked up after 10 h", shippedHoursAgo(50).reached(PICKED_UP, 40, "Shenzhen"), List.of()),
                example("shipped 50 h ago, scanned in transit without a pickup stage (\"Origin Scan\")",
                        shippedHoursAgo(50).carrierReports(TrackingStatus.InTransit, null), List.of()),
                example("import customs started 6 days ago, not cleared",
                        shippedDaysAgo(12).reachedDaysAgo(PICKED_UP, 11, "Shenzhen").reachedDaysAgo(DEPARTED_ORIGIN, 9, "SZX")
                                .reachedDaysAgo(ARRIVED_DESTINATION, 6, "JFK").reachedDaysAgo(IMPORT_CUSTOMS_STARTED, 6, "JFK"),
                        AlertRule.CUSTOMS_DWELL),
                example("import customs started 4 days ago",
                        shippedDaysAgo(10).reachedDaysAgo(PICKED_UP, 9, "Shenzhen").reachedDaysAgo(IMPORT_CUSTOMS_STARTED, 4, "JFK")),
                example("import customs started 6 days ago, cleared yesterday",
                        shippedDaysAgo(12).reachedDaysAgo(PICKED_UP, 11, "Shenzhen").reachedDaysAgo(IMPORT_CUSTOMS_STARTED, 6, "JFK")
                                .reachedDaysAgo(IMPORT_CUSTOMS_CLEARED, 1, "JFK")),
                example("import customs started 6 days ago, then a sort-centre scan 2 days later (no 'released' posted)",
                        shippedDaysAgo(12).reachedDaysAgo(PICKED_UP, 11, "Shenzhen").reachedDaysAgo(IMPORT_CUSTOMS_STARTED, 6, "JFK")
                                .carrierReports(TrackingStatus.InTransit, SubStatus.CustomsProcessing)
                                .scannedDaysAgo(4, "Newark sort centre")),
                example("export customs in China for 6 days",
                        shippedDaysAgo(8).reachedDaysAgo(PICKED_UP, 7, "Shenzhen").reachedDaysAgo(EXPORT_CUSTOMS, 6, "Shenzhen"),
                        AlertRule.CUSTOMS_DWELL),
                example("no event for 8 days after departing origin",
                        shippedDaysAgo(10).reachedDaysAgo(PICKED_UP, 9, "Shenzhen").reachedDaysAgo(DEPARTED_ORIGIN, 8, "SZX"),
                        AlertRule.STALLED),
                example("no event for 4 days, ordinary product",
                        shippedDaysAgo(6).reachedDaysAgo(PICKED_UP, 4, "Shenzhen")),
                example("no event for 4 days, hot product (livestream)",
                        shippedDaysAgo(6).hot().reachedDaysAgo(PICKED_UP, 4, "Shenzhen"), AlertRule.STALLED),
                example("carrier reports a failed delivery attempt",
                        shippedDaysAgo(9).reachedDaysAgo(PICKED_UP, 8, "Shenzhen").reachedDaysAgo(LAST_MILE_HANDOVER, 2, "Newark")
                                .carrierReports(TrackingStatus.DeliveryFailure, null), AlertRule.DELIVERY_FAILURE),
                example("carrier returns the parcel to sender",
                        shippedDaysAgo(20).reachedDaysAgo(PICKED_UP, 19, "Shenzhen").reachedDaysAgo(LAST_MILE_HANDOVER, 1, "Newark")
                                .carrierReports(TrackingStatus.Exception, SubStatus.Returning), AlertRule.RETURNING),
                example("carrier reports the parcel lost",
                        shippedDaysAgo(20).reachedDaysAgo(PICKED_UP, 19, "Shenzhen").reachedDaysAgo(DEPARTED_ORIGIN, 1, "SZX")
                                .carrierReports(TrackingStatus.Exception, SubStatus.Lost), AlertRule.EXCEPTION),
                example("carrier reports an address problem",
                        shippedDaysAgo(9).reachedDaysAgo(PICKED_UP, 8, "Shenzhen").reachedDaysAgo(LAST_MILE_HANDOVER, 1, "Newark")
                                .carrierReports(TrackingStatus.Exception, SubStatus.AddressIssue), AlertRule.EXCEPTION),
                example("promised yesterday, not delivered",
                        shippedDaysAgo(12).reachedDaysAgo(PICKED_UP, 11, "Shenzhen").reachedDaysAgo(LAST_MILE_HANDOVER, 1, "Newark")
                                .promisedInDays(-1), AlertRule.OVERDUE),
                example("promised yesterday, delivered two days ago",
                        shippedDaysAgo(12).reachedDaysAgo(PICKED_UP, 11, "Shenzhen").reachedDaysAgo(DELIVERED, 2, "Brooklyn")
                                .promisedInDays(-1)),
                example("promised in 2 days, just arrived in the US, usually 5 more days (p90 9)",
                        shippedDaysAgo(6).reachedDaysAgo(PICKED_UP, 5, "Shenzhen").reached(ARRIVED_DESTINATION, 2, "JFK")
                                .promisedInDays(2).etaFromLastScan(5, 9), AlertRule.LATE_RISK),
                example("promised in 10 days, just arrived in the US, usually 5 more days (p90 9)",
                        shippedDaysAgo(6).reachedDaysAgo(PICKED_UP, 5, "Shenzhen").reached(ARRIVED_DESTINATION, 2, "JFK")
                                .promisedInDays(10).etaFromLastScan(5, 9)),
                example("delivered: nothing can fire any more",
                        shippedDaysAgo(30).reachedDaysAgo(DELIVERED, 20, "Brooklyn").promisedInDays(-25), List.of()));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("examples")
    void firesTheRulesOfTheBrief(String situation, AShipment shipment, List<AlertRule> expected) {
        Assessment assessment = AlertRules.assess(shipment.build(), context(NOW));
        assertThat(assessment.firing()).extracting(Verdict::rule).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aParcelNotYetDueSaysWhenItWillBe() {
        Assessment assessment = AlertRules.assess(shippedHoursAgo(47).build(), context(NOW));
        assertThat(assessment.nextDueAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aStalledAlertNamesTheLastLocationAndTheLeg() {
        Assessment assessment = AlertRules.assess(shippedDaysAgo(10).reachedDaysAgo(PICKED_UP, 9, "Shenzhen")
                .reachedDaysAgo(DEPARTED_ORIGIN, 8, "Shenzhen Bao'an airport").build(), context(NOW));
        assertThat(assessment.firing()).singleElement().extracting(Verdict::reason)
                .satisfies(reason -> assertThat(reason.args()).contains("#alert.arg.at:Shenzhen Bao'an airport",
                        "#alert.leg.LINE_HAUL"));
    }

    @Test
    void lateRiskStatesTheProbability() {
        Assessment assessment = AlertRules.assess(shippedDaysAgo(6).reachedDaysAgo(PICKED_UP, 5, "Shenzhen")
                .reached(ARRIVED_DESTINATION, 2, "JFK").promisedInDays(2).etaFromLastScan(5, 9).build(), context(NOW));
        Verdict lateRisk = assessment.firing().getFirst();
        assertThat(lateRisk.probability()).isGreaterThan(0.6);
        assertThat(lateRisk.reason().key()).isEqualTo("alert.reason.lateRisk");
        assertThat(lateRisk.reason().args().getFirst()).isEqualTo(String.valueOf(Math.round(lateRisk.probability() * 100)));
    }

    @Test
    void customsDwellCanCountBusinessDaysOfTheDestination() {
        // Customs in Germany from Monday 21 Dec 2026; five business days skip Christmas Day and the weekend.
        Instant started = Instant.parse("2026-12-21T09:00:00Z");
        Thresholds businessDays = new Thresholds(Duration.ofHours(48), false, Duration.ofDays(5), true,
                Duration.ofDays(30), Duration.ofDays(30), false, 0.6);
        Instant now = Instant.parse("2026-12-28T12:00:00Z");
        var parcel = shippedDaysAgo(40).to("DE", "Europe/Berlin").reachedAt(PICKED_UP, started.minus(Duration.ofDays(3)), "Yiwu")
                .reachedAt(IMPORT_CUSTOMS_STARTED, started, "Leipzig").build();
        RuleContext context = new RuleContext(businessDays, now, BusinessCalendar.of("CN", ZoneId.of("Asia/Shanghai")),
                BusinessCalendar.of("DE", ZoneId.of("Europe/Berlin")));
        Assessment assessment = AlertRules.assess(parcel, context);
        assertThat(assessment.fires(AlertRule.CUSTOMS_DWELL)).isFalse();
        assertThat(assessment.nextDueAt()).isEqualTo(Instant.parse("2026-12-29T09:00:00Z"));
    }

    private static RuleContext context(Instant now) {
        return new RuleContext(Thresholds.DEFAULTS, now, BusinessCalendar.of("CN", ZoneId.of("Asia/Shanghai")),
                BusinessCalendar.of("US", ZoneId.of("America/New_York")));
    }

    private static Arguments example(String situation, AShipment shipment, AlertRule... fires) {
        return Arguments.of(situation, shipment, List.of(fires));
    }

    private static Arguments example(String situation, AShipment shipment, List<AlertRule> fires) {
        return Arguments.of(situation, shipment, fires);
    }
}
