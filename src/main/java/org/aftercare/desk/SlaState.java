package org.aftercare.desk;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The SLA clocks of one ticket at an instant: the business clocks of the policy that applies and,
 * for TikTok chats, the platform's clock beside them.
 *
 * @param policyId    the tenant's policy that applied; null for the built-in default
 * @param policyName  its name; null for the built-in default
 * @param matchedOn   the criteria that made the policy apply (shop, market, channel, priority), most specific first
 * @param metrics     one per tracked clock (a policy may leave a target out; the platform clock only for TikTok chat)
 * @param nextCheckAt the earliest {@link SlaMetric#nextCheckAt()}: store it in an indexed column and look at the
 *                    ticket again then, or on its next event
 */
public record SlaState(UUID policyId, String policyName, List<String> matchedOn, List<SlaMetric> metrics,
                       Instant nextCheckAt) {

    public SlaState {
        matchedOn = List.copyOf(matchedOn);
        metrics = List.copyOf(metrics);
    }

    public static SlaState of(UUID policyId, String policyName, List<String> matchedOn, List<SlaMetric> metrics) {
        Instant next = metrics.stream().map(SlaMetric::nextCheckAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new SlaState(policyId, policyName, matchedOn, metrics, next);
    }

    public Optional<SlaMetric> metric(SlaMetric.Kind kind) {
        return metrics.stream().filter(m -> m.kind() == kind).findFirst();
    }

    /** The due time of a clock, for a {@code …_due_at} column; empty when not tracked, paused or stopped. */
    public Optional<Instant> dueAt(SlaMetric.Kind kind) {
        return metric(kind).filter(m -> m.state() == SlaMetric.State.RUNNING).map(SlaMetric::dueAt);
    }

    public boolean anyBreached() {
        return metrics.stream().anyMatch(SlaMetric::breached);
    }

    public boolean builtInDefault() {
        return policyId == null;
    }
}
