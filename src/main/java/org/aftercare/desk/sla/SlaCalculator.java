package org.aftercare.desk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.aftercare.desk.Channel;
import org.aftercare.desk.SlaDefaults;
import org.aftercare.desk.SlaMetric;
import org.aftercare.desk.SlaMetric.Kind;
import org.aftercare.desk.SlaMetric.State;
import org.aftercare.desk.SlaState;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.TicketTimeline;

/**
 * The SLA clocks of a ticket, computed from its timeline alone (nothing stored, nothing mutable),
 * so evaluating again after any event gives the right answer whatever happened in between.
 * <ul>
 * <li>First response: from creation to the first public agent reply.</li>
 * <li>Next response: from the earliest buyer message after an agent reply to the next agent reply;
 * the latest such cycle is reported.</li>
 * <li>Resolution: from creation to solved; solved time does not count, so a reopened ticket goes on
 * from where it stopped.</li>
 * <li>Business clocks pause in the policy's waiting statuses and do not run while the ticket is
 * solved or closed. Solving a ticket also answers the response clocks: a buyer's "thanks, bye"
 * after the solve does not leave a next-response clock running.</li>
 * <li>Platform clock (TikTok chat): from the earliest buyer message not yet answered by an agent
 * reply, around the clock, never paused, not stopped by solving — the platform only sees replies.</li>
 * </ul>
 */
public final class SlaCalculator {

    private final SlaDefaults defaults;

    public SlaCalculator(SlaDefaults defaults) {
        this.defaults = defaults;
    }

    public SlaState evaluate(SlaPolicy policy, WorkingHours hours, TicketTimeline timeline, Instant now) {
        Facts facts = new Facts(timeline, now, policy.pauseIn());
        List<SlaMetric> metrics = new ArrayList<>();
        if (policy.firstResponse() != null) {
            Instant answered = first(facts.answers(), a -> !a.isBefore(timeline.createdAt()));
            metrics.add(metric(Kind.FIRST_RESPONSE, hours, timeline.createdAt(), answered, facts.stops(),
                    policy.firstResponse(), now));
        }
        if (policy.nextResponse() != null) {
            Cycle cycle = latestCycle(facts.buyerMessages(), facts.answers(), true);
            if (cycle != null) {
                metrics.add(metric(Kind.NEXT_RESPONSE, hours, cycle.start(), cycle.answeredAt(), facts.stops(),
                        policy.nextResponse(), now));
            }
        }
        if (policy.resolution() != null) {
            metrics.add(metric(Kind.RESOLUTION, hours, timeline.createdAt(), facts.solvedNow(), facts.stops(),
                    policy.resolution(), now));
        }
        if (timeline.channel() == Channel.TIKTOK_CHAT) {
            Cycle cycle = latestCycle(facts.buyerMessages(), facts.agentReplies(), false);
            if (cycle != null) {
                metrics.add(metric(Kind.PLATFORM_RESPONSE, WorkingHours.aroundTheClock(), cycle.start(),
                        cycle.answeredAt(), List.of(), defaults.platformChatResponse(), now));
            }
        }
        return SlaState.of(policy.id(), policy.builtInDefault() ? null : policy.name(), policy.criteria(), metrics);
    }

    private SlaMetric metric(Kind kind, WorkingHours hours, Instant start, Instant stoppedAt, List<Span> stops,
                             Duration target, Instant now) {
        List<Span> relevant = stoppedAt == null ? stops
                : stops.stream().filter(s -> s.start().isBefore(stoppedAt)).map(s -> s.endingBy(stoppedAt)).toList();
        MetricClock clock = new MetricClock(hours, start, relevant);
        Instant until = stoppedAt != null ? stoppedAt : now;
        Duration used = clock.used(until);
        Instant due = clock.reach(target).orElse(null);
        State state;
        if (stoppedAt != null) {
            state = due != null && !stoppedAt.isAfter(due) ? State.MET : State.BREACHED;
        }
        else if (due != null && !now.isBefore(due)) {
            state = State.BREACHED;
        }
        else if (clock.stoppedAt(now)) {
            state = State.PAUSED;
        }
        else {
            state = State.RUNNING;
        }
        double fraction = (double) used.toMillis() / target.toMillis();
        int warned = defaults.warningPercents().stream().filter(p -> fraction * 100 >= p).reduce((a, b) -> b).orElse(0);
        Instant nextCheck = state == State.RUNNING ? nextCheck(clock, target, now) : null;
        return new SlaMetric(kind, state, start, stoppedAt, due, target, used, fraction, warned, nextCheck);
    }

    /** The next warning threshold or the breach after {@code now}. */
    private Instant nextCheck(MetricClock clock, Duration target, Instant now) {
        List<Integer> percents = new ArrayList<>(defaults.warningPercents());
        percents.add(100);
        for (int percent : percents) {
            Optional<Instant> at = clock.reach(target.multipliedBy(percent).dividedBy(100));
            if (at.isPresent() && at.get().isAfter(now)) {
                return at.get();
            }
        }
        return null;
    }

    /**
     * The latest stretch during which the buyer waited for an answer: from the earliest buyer message
     * after an answer (or, when {@code afterAnAnswer} is false, also before the first one) to the next
     * answer, or open.
     */
    private static Cycle latestCycle(List<Instant> buyerMessages, List<Instant> answers, boolean afterAnAnswer) {
        Cycle latest = null;
        int a = 0;
        Instant lastAnswer = null;
        for (Instant message : buyerMessages) {
            while (a < answers.size() && !answers.get(a).isAfter(message)) {
                lastAnswer = answers.get(a++);
            }
            if (afterAnAnswer && lastAnswer == null) {
                continue;
            }
            if (latest == null || latest.answeredAt() != null && !latest.answeredAt().isAfter(message)) {
                latest = new Cycle(message, a < answers.size() ? answers.get(a) : null);
            }
        }
        return latest;
    }

    private record Cycle(Instant start, Instant answeredAt) {
    }

    private static Instant first(List<Instant> instants, Predicate<Instant> condition) {
        return instants.stream().filter(condition).findFirst().orElse(null);
    }

    /** The timeline up to {@code now}: what has happened, nothing that is planned. */
    private record Facts(List<Instant> buyerMessages, List<Instant> agentReplies, List<Instant> answers,
                         List<Span> stops, Instant solvedNow) {

        Facts(TicketTimeline timeline, Instant now, Set<TicketStatus> pauseIn) {
            this(upTo(timeline.buyerMessages(), now), upTo(timeline.agentReplies(), now),
                    answers(timeline, now), stops(timeline, now, pauseIn), solvedNow(timeline, now));
        }

        private static List<Instant> upTo(List<Instant> instants, Instant now) {
            return instants.stream().filter(i -> !i.isAfter(now)).toList();
        }

        /** Agent replies and solves: both answer a waiting buyer as far as our own clocks go. */
        private static List<Instant> answers(TicketTimeline timeline, Instant now) {
            List<Instant> answers = new ArrayList<>(upTo(timeline.agentReplies(), now));
            statusSpans(timeline, now).stream().filter(s -> !s.status().isOpen()).map(s -> s.span().start())
                    .forEach(answers::add);
            return answers.stream().sorted().toList();
        }

        private static List<Span> stops(TicketTimeline timeline, Instant now, Set<TicketStatus> pauseIn) {
            return statusSpans(timeline, now).stream()
                    .filter(s -> !s.status().isOpen() || pauseIn.contains(s.status()))
                    .map(StatusSpan::span).toList();
        }

        private static Instant solvedNow(TicketTimeline timeline, Instant now) {
            List<StatusSpan> spans = statusSpans(timeline, now);
            if (spans.isEmpty() || spans.getLast().status().isOpen()) {
                return null;
            }
            // solved then closed is one stop: the clock stopped at the solve
            Instant since = spans.getLast().span().start();
            for (int i = spans.size() - 2; i >= 0 && !spans.get(i).status().isOpen(); i--) {
                since = spans.get(i).span().start();
            }
            return since;
        }

        private static List<StatusSpan> statusSpans(TicketTimeline timeline, Instant now) {
            List<StatusSpan> spans = new ArrayList<>();
            TicketStatus status = TicketStatus.NEW;
            Instant from = timeline.createdAt();
            for (TicketTimeline.StatusChange change : timeline.statusHistory()) {
                if (change.at().isAfter(now)) {
                    break;
                }
                if (change.status() == status) {
                    continue;
                }
                if (change.at().isAfter(from)) {
                    spans.add(new StatusSpan(status, new Span(from, change.at())));
                }
                status = change.status();
                from = change.at().isAfter(from) ? change.at() : from;
            }
            spans.add(new StatusSpan(status, new Span(from, null)));
            return spans;
        }
    }

    private record StatusSpan(TicketStatus status, Span span) {
    }
}
