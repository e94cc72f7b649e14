package org.aftercare.logistics.eta;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.aftercare.logistics.LogisticsProperties;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.TransitEstimate;
import org.aftercare.shared.database.Intervals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ETA model: for each carrier × origin × destination and each milestone, the median and 90th
 * percentile of the time from that milestone to delivery, computed from delivered history with
 * one set-based query. Lanes below the minimum sample use the configured door-to-door default,
 * scaled by how much of the journey typically remains after the milestone.
 */
@Component
public class TransitStats {

    /** Share of the door-to-door time that typically remains after each milestone (an estimate). */
    private static final Map<Milestone, Double> REMAINING = remaining();

    private final JdbcClient jdbc;
    private final LogisticsProperties properties;
    private final Clock clock;
    private volatile Map<Lane, Spread> lanes = Map.of();

    TransitStats(JdbcClient jdbc, LogisticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public Optional<TransitEstimate> estimate(ShipmentSnapshot shipment) {
        Milestone from = shipment.latestMilestone();
        if (from == null || from == Milestone.DELIVERED || from == Milestone.RETURNED) {
            return Optional.empty();
        }
        Instant reachedAt = shipment.milestones().get(from);
        Lane lane = new Lane(shipment.carrierCode(), shipment.originCountry(), shipment.destinationCountry(), from);
        Spread spread = lanes.get(lane);
        return Optional.of(spread == null ? fallback(from, reachedAt) : new TransitEstimate(reachedAt, spread.p50(), spread.p90()));
    }

    private record Lane(String carrier, String origin, String destination, Milestone from) {
    }

    private record Spread(Duration p50, Duration p90) {
    }

    /**
     * The statistics are a few hundred rows: every instance keeps them in memory, so assessing a
     * batch of shipments costs no query per shipment.
     */
    @Scheduled(initialDelay = 0, fixedDelayString = "PT5M")
    public void reload() {
        Map<Lane, Spread> loaded = new HashMap<>();
        jdbc.sql("select * from transit_stat").query(rs -> {
            loaded.put(new Lane(rs.getString("carrier_code"), rs.getString("origin_country"),
                            rs.getString("destination_country"), Milestone.valueOf(rs.getString("from_milestone"))),
                    new Spread(Intervals.toDuration(rs.getObject("p50")), Intervals.toDuration(rs.getObject("p90"))));
        });
        lanes = Map.copyOf(loaded);
    }

    private TransitEstimate fallback(Milestone from, Instant reachedAt) {
        double share = REMAINING.getOrDefault(from, 0.5);
        return new TransitEstimate(reachedAt, scale(properties.defaultTransitP50(), share),
                scale(properties.defaultTransitP90(), share));
    }

    /** Recomputes every lane's statistics from the delivered history; hourly, and cheap enough to run anywhere. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @Transactional
    public int refresh() {
        Instant now = clock.instant();
        jdbc.sql("delete from transit_stat").update();
        jdbc.sql("""
                insert into transit_stat (carrier_code, origin_country, destination_country, from_milestone,
                                          samples, p50, p90, computed_at)
                select carrier_code, origin_country, destination_country, m.milestone, count(*),
                       percentile_cont(0.5) within group (order by delivered_at - m.at),
                       percentile_cont(0.9) within group (order by delivered_at - m.at),
                       :now
                  from shipment
                 cross join lateral (values ('LABEL_CREATED', shipped_at), ('PICKED_UP', picked_up_at),
                                            ('EXPORT_CUSTOMS', export_customs_at), ('DEPARTED_ORIGIN', departed_origin_at),
                                            ('ARRIVED_DESTINATION', arrived_destination_at),
                                            ('IMPORT_CUSTOMS_STARTED', import_customs_started_at),
                                            ('IMPORT_CUSTOMS_CLEARED', import_customs_cleared_at),
                                            ('LAST_MILE_HANDOVER', last_mile_handover_at),
                                            ('OUT_FOR_DELIVERY', out_for_delivery_at),
                                            ('DELIVERY_ATTEMPT', first_attempt_at)) as m (milestone, at)
                 where delivered_at >= :since and m.at is not null and delivered_at >= m.at
                 group by carrier_code, origin_country, destination_country, m.milestone
                having count(*) >= :minSamples
                """)
                .param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(properties.etaHistory())))
                .param("minSamples", properties.etaMinSamples())
                .update();
        reload();
        return lanes.size();
    }

    private static Duration scale(Duration duration, double share) {
        return Duration.ofMinutes(Math.round(duration.toMinutes() * share));
    }

    private static Map<Milestone, Double> remaining() {
        Map<Milestone, Double> share = new EnumMap<>(Milestone.class);
        share.put(Milestone.LABEL_CREATED, 1.0);
        share.put(Milestone.PICKED_UP, 0.9);
        share.put(Milestone.EXPORT_CUSTOMS, 0.85);
        share.put(Milestone.DEPARTED_ORIGIN, 0.75);
        share.put(Milestone.ARRIVED_DESTINATION, 0.45);
        share.put(Milestone.IMPORT_CUSTOMS_STARTED, 0.45);
        share.put(Milestone.IMPORT_CUSTOMS_CLEARED, 0.3);
        share.put(Milestone.LAST_MILE_HANDOVER, 0.25);
        share.put(Milestone.OUT_FOR_DELIVERY, 0.03);
        share.put(Milestone.DELIVERY_ATTEMPT, 0.15);
        return share;
    }
}
