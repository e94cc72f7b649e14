package org.aftercare.outreach;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aftercare.monitoring.AlertRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the outreach module, each overridable per shop (outreach_shop_settings).
 *
 * @param channels        channels in order of preference; a notice goes on the first the shop has set up
 *                        and the buyer has an address for
 * @param quietFrom       quiet hours in the buyer's zone start here (no notice is delivered until quietUntil)
 * @param quietUntil      … and end here
 * @param maxPerDay       notices a buyer receives in 24 h at most; promised follow-ups do not count
 *                        (a kept promise is never held back by the limit)
 * @param nextUpdateAfter how far ahead a notice promises the next update (seed 001: "in 48 hours")
 * @param promiseGrace    a promised update not sent this long after its time is a broken promise
 * @param maxFollowUps    follow-ups in a row for one parcel; the last one promises nothing more
 * @param outboxEvery     how often the outbox looks for due notices
 * @param outboxBatch     notices leased per round
 * @param outboxParallel  connections sending at once (each carries a slice of one shop's notices on one channel)
 * @param outboxPerConnection notices sent one after another over one connection; a shop's notices of a round
 *                        beyond that go over further connections in parallel
 * @param lease           how long a leased notice is left to one instance
 */
@ConfigurationProperties("aftercare.outreach")
public record OutreachProperties(@DefaultValue({"EMAIL", "TIKTOK_MESSAGE", "SMS"}) List<Channel> channels,
                                 @DefaultValue("21:00") LocalTime quietFrom,
                                 @DefaultValue("08:00") LocalTime quietUntil,
                                 @DefaultValue("2") int maxPerDay,
                                 @DefaultValue("48h") Duration nextUpdateAfter,
                                 @DefaultValue("1h") Duration promiseGrace,
                                 @DefaultValue("5") int maxFollowUps,
                                 @DefaultValue("5s") Duration outboxEvery,
                                 @DefaultValue("500") int outboxBatch,
                                 @DefaultValue("16") int outboxParallel,
                                 @DefaultValue("100") int outboxPerConnection,
                                 @DefaultValue("5m") Duration lease) {

    /** Retry delays after each failed attempt; after the last one the notice is a dead letter. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

    /** What each alert rule does by default, and the scenario and reason it writes with. */
    public static final Map<AlertRule, RuleDefault> RULE_DEFAULTS = ruleDefaults();

    public record RuleDefault(NoticePolicy policy, Scenario scenario, DelayReason reason) {
    }

    private static Map<AlertRule, RuleDefault> ruleDefaults() {
        Map<AlertRule, RuleDefault> defaults = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            defaults.put(rule, new RuleDefault(NoticePolicy.OFF, Scenario.DELAY_NOTICE, null));
        }
        defaults.put(AlertRule.NO_PICKUP, new RuleDefault(NoticePolicy.AUTO, Scenario.DELAY_NOTICE, DelayReason.WAREHOUSE_OVERLOAD));
        defaults.put(AlertRule.STALLED, new RuleDefault(NoticePolicy.AUTO, Scenario.DELAY_NOTICE, DelayReason.PEAK_SEASON));
        defaults.put(AlertRule.CUSTOMS_DWELL, new RuleDefault(NoticePolicy.AUTO, Scenario.DELAY_NOTICE, DelayReason.CUSTOMS_INSPECTION));
        defaults.put(AlertRule.OVERDUE, new RuleDefault(NoticePolicy.AUTO, Scenario.DELAY_NOTICE, DelayReason.PEAK_SEASON));
        defaults.put(AlertRule.LATE_RISK, new RuleDefault(NoticePolicy.PROPOSE, Scenario.DELAY_NOTICE, DelayReason.PEAK_SEASON));
        defaults.put(AlertRule.EXCEPTION, new RuleDefault(NoticePolicy.PROPOSE, Scenario.LOST_PARCEL_OFFER, null));
        return Map.copyOf(defaults);
    }
}
