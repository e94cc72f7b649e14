package org.aftercare.desk.sla;

import static org.aftercare.desk.SlaMetric.Kind.FIRST_RESPONSE;
import static org.aftercare.desk.SlaMetric.Kind.NEXT_RESPONSE;
import static org.aftercare.desk.SlaMetric.Kind.PLATFORM_RESPONSE;
import static org.aftercare.desk.SlaMetric.Kind.RESOLUTION;
import static org.aftercare.desk.SlaMetric.State.BREACHED;
import static org.aftercare.desk.SlaMetric.State.MET;
import static org.aftercare.desk.SlaMetric.State.PAUSED;
import static org.aftercare.desk.SlaMetric.State.RUNNING;
import static org.aftercare.desk.sla.WorkingHoursTests.berlin;
import static org.aftercare.desk.sla.WorkingHoursTests.german;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.aftercare.desk.Channel;
import org.aftercare.desk.SlaDefaults;
import org.aftercare.desk.SlaMetric;
import org.aftercare.desk.SlaState;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.TicketTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SLA clocks of a ticket, specified by example. Times are Europe/Berlin wall-clock times;
 * the German team works Mon–Fri 09:00–18:00 without the German public holidays.
 */
class SlaClockTests {

    static final WorkingHours GERMAN_TEAM = german("Mon-Fri 09:00-18:00");
    final SlaCalculator clocks = new SlaCalculator(SlaDefaults.defaults());

    /** First response 4 h, next response 8 h, resolution 8 h, paused while waiting for the buyer. */
    static SlaPolicy policy() {
        return new SlaPolicy(null, "default", null, null, null, null, Duration.ofHours(4), Duration.ofHours(8),
                Duration.ofHours(8), null, false, Set.of(TicketStatus.PENDING_BUYER), true);
    }

    SlaMetric metric(SlaState state, SlaMetric.Kind kind) {
        return state.metric(kind).orElseThrow(() -> new AssertionError(kind + " not tracked"));
    }

    SlaState at(TicketTimeline ticket, String now) {
        return clocks.evaluate(policy(), GERMAN_TEAM, ticket, berlin(now));
    }

    @Test
    void aChristmasEveEmailIsDueMondayNoon() {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-24T17:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-24T17:00"));

        SlaMetric first = metric(at(ticket, "2026-12-26T10:00"), FIRST_RESPONSE);

        assertThat(first.state()).isEqualTo(RUNNING);
        assertThat(first.dueAt()).isEqualTo(berlin("2026-12-28T12:00"));
        assertThat(first.used()).isEqualTo(Duration.ofHours(1));
        assertThat(first.fractionUsed()).isEqualTo(0.25);
        assertThat(at(ticket, "2026-12-26T10:00").metric(PLATFORM_RESPONSE)).isEmpty(); // e-mail has no platform clock
    }

    @ParameterizedTest(name = "reply at {0} -> {1}")
    @CsvSource({
            "2026-12-28T11:59, MET",
            "2026-12-28T12:00, MET",
            "2026-12-28T12:01, BREACHED",
    })
    void theFirstPublicReplyStopsTheFirstResponseClock(String repliedAt, SlaMetric.State expected) {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-24T17:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-24T17:00"))
                .agentReplied(berlin(repliedAt));

        SlaMetric first = metric(at(ticket, "2026-12-29T10:00"), FIRST_RESPONSE);

        assertThat(first.state()).isEqualTo(expected);
        assertThat(first.stoppedAt()).isEqualTo(berlin(repliedAt));
        assertThat(first.dueAt()).isEqualTo(berlin("2026-12-28T12:00"));
        assertThat(first.nextCheckAt()).isNull();
    }

    @ParameterizedTest(name = "at {0}: {1}, warned {2} %, next check {3}")
    @CsvSource({
            // created Monday 09:00, 4 business hours: 75 % at 12:00, 90 % at 12:36, breach at 13:00
            "2026-12-07T09:00, RUNNING,  0,  2026-12-07T12:00",
            "2026-12-07T12:10, RUNNING,  75, 2026-12-07T12:36",
            "2026-12-07T12:40, RUNNING,  90, 2026-12-07T13:00",
            "2026-12-07T13:00, BREACHED, 90, ",
    })
    void warnsAt75And90PercentAndSaysWhenToLookAgain(String now, SlaMetric.State state, int warned, String nextCheck) {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-07T09:00"));

        SlaMetric first = metric(at(ticket, now), FIRST_RESPONSE);

        assertThat(first.state()).isEqualTo(state);
        assertThat(first.warnedPercent()).isEqualTo(warned);
        assertThat(first.nextCheckAt()).isEqualTo(nextCheck == null ? null : berlin(nextCheck));
    }

    @Test
    void theTicketIsLookedAtAgainAtTheEarliestChangeOfAnyClock() {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-07T09:00"));

        SlaState state = at(ticket, "2026-12-07T13:30");

        // first response breached at 13:00; resolution (8 h) warns at 75 % = 6 h, i.e. 15:00
        assertThat(state.nextCheckAt()).isEqualTo(berlin("2026-12-07T15:00"));
        assertThat(state.anyBreached()).isTrue();
    }

    @Test
    void waitingForTheBuyerPausesTheBusinessClocks() {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-07T09:00"))
                .agentReplied(berlin("2026-12-07T10:00"))
                .movedTo(TicketStatus.PENDING_BUYER, berlin("2026-12-07T10:00"));

        SlaMetric paused = metric(at(ticket, "2026-12-08T11:00"), RESOLUTION);
        assertThat(paused.state()).isEqualTo(PAUSED);
        assertThat(paused.used()).isEqualTo(Duration.ofHours(1));
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.nextCheckAt()).isNull();

        // the buyer answers Tuesday 14:00 and the ticket is open again
        TicketTimeline answered = ticket.buyerWrote(berlin("2026-12-08T14:00"))
                .movedTo(TicketStatus.OPEN, berlin("2026-12-08T14:00"));
        SlaState state = at(answered, "2026-12-08T15:00");

        // Mon 09-10 and Tue 14-15 used (2 h); 6 h left: Tue 15-18, Wed 09-12
        assertThat(metric(state, RESOLUTION).used()).isEqualTo(Duration.ofHours(2));
        assertThat(metric(state, RESOLUTION).dueAt()).isEqualTo(berlin("2026-12-09T12:00"));
        // the next response counts from the buyer's Tuesday message: Tue 14-18, Wed 09-13
        assertThat(metric(state, NEXT_RESPONSE).startedAt()).isEqualTo(berlin("2026-12-08T14:00"));
        assertThat(metric(state, NEXT_RESPONSE).dueAt()).isEqualTo(berlin("2026-12-09T13:00"));
        assertThat(metric(state, FIRST_RESPONSE).state()).isEqualTo(MET);
    }

    @Test
    void waitingForTheCarrierIsTheSellersTimeUnlessThePolicySaysOtherwise() {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-07T09:00"))
                .agentReplied(berlin("2026-12-07T10:00"))
                .movedTo(TicketStatus.PENDING_CARRIER, berlin("2026-12-07T10:00"));

        assertThat(metric(at(ticket, "2026-12-07T17:00"), RESOLUTION).state()).isEqualTo(BREACHED);

        SlaPolicy carrierPauses = new SlaPolicy(null, "carrier pauses", null, null, null, null, null, null,
                Duration.ofHours(8), null, false, Set.of(TicketStatus.PENDING_CARRIER), true);
        SlaMetric resolution = metric(clocks.evaluate(carrierPauses, GERMAN_TEAM, ticket, berlin("2026-12-07T17:00")),
                RESOLUTION);
        assertThat(resolution.state()).isEqualTo(PAUSED);
        assertThat(resolution.used()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aReopenedTicketGoesOnFromWhereItStopped() {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-07T09:00"))
                .agentReplied(berlin("2026-12-07T10:30"))
                .movedTo(TicketStatus.SOLVED, berlin("2026-12-07T11:00"));

        SlaMetric solved = metric(at(ticket, "2026-12-08T09:00"), RESOLUTION);
        assertThat(solved.state()).isEqualTo(MET);
        assertThat(solved.used()).isEqualTo(Duration.ofHours(2));
        assertThat(solved.stoppedAt()).isEqualTo(berlin("2026-12-07T11:00"));

        TicketTimeline reopened = ticket.buyerWrote(berlin("2026-12-09T10:00"))
                .movedTo(TicketStatus.OPEN, berlin("2026-12-09T10:00"));
        SlaState state = at(reopened, "2026-12-09T12:00");
        // 2 h before the solve, 2 h since the reopen; 4 h left from Wed 12:00
        assertThat(metric(state, RESOLUTION).state()).isEqualTo(RUNNING);
        assertThat(metric(state, RESOLUTION).used()).isEqualTo(Duration.ofHours(4));
        assertThat(metric(state, RESOLUTION).dueAt()).isEqualTo(berlin("2026-12-09T16:00"));
        assertThat(metric(state, NEXT_RESPONSE).dueAt()).isEqualTo(berlin("2026-12-09T18:00"));
        assertThat(metric(state, FIRST_RESPONSE).stoppedAt()).isEqualTo(berlin("2026-12-07T10:30"));

        SlaMetric solvedLate = metric(at(reopened.movedTo(TicketStatus.SOLVED, berlin("2026-12-10T10:00")),
                "2026-12-10T11:00"), RESOLUTION);
        assertThat(solvedLate.state()).isEqualTo(BREACHED);
        assertThat(solvedLate.dueAt()).isEqualTo(berlin("2026-12-09T16:00"));
    }

    @Test
    void aBuyersThanksAfterTheSolveLeavesNoResponseClockRunning() {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.EMAIL)
                .buyerWrote(berlin("2026-12-07T09:00"))
                .agentReplied(berlin("2026-12-07T10:00"))
                .buyerWrote(berlin("2026-12-07T11:00"))
                .movedTo(TicketStatus.SOLVED, berlin("2026-12-07T11:30"));

        SlaState state = at(ticket, "2026-12-09T09:00");

        assertThat(metric(state, NEXT_RESPONSE).state()).isEqualTo(MET);
        assertThat(metric(state, NEXT_RESPONSE).stoppedAt()).isEqualTo(berlin("2026-12-07T11:30"));
        assertThat(state.nextCheckAt()).isNull();
    }

    @Test
    void thePlatformClockRunsOvernightAndThroughTheWeekendBesideTheBusinessClock() {
        // a TikTok chat on Friday evening, 20:00; the team has left at 18:00
        TicketTimeline chat = TicketTimeline.created(berlin("2026-12-04T20:00"), Channel.TIKTOK_CHAT)
                .buyerWrote(berlin("2026-12-04T20:00"))
                .movedTo(TicketStatus.PENDING_BUYER, berlin("2026-12-04T20:05")); // paused: business clocks only

        SlaState saturdayMorning = at(chat, "2026-12-05T05:00");
        SlaMetric platform = metric(saturdayMorning, PLATFORM_RESPONSE);
        assertThat(platform.state()).isEqualTo(RUNNING);
        assertThat(platform.dueAt()).isEqualTo(berlin("2026-12-05T08:00"));
        assertThat(platform.fractionUsed()).isEqualTo(0.75);
        assertThat(platform.warnedPercent()).isEqualTo(75);
        assertThat(platform.nextCheckAt()).isEqualTo(berlin("2026-12-05T06:48"));
        assertThat(metric(saturdayMorning, FIRST_RESPONSE).state()).isEqualTo(PAUSED);
        assertThat(saturdayMorning.nextCheckAt()).isEqualTo(berlin("2026-12-05T06:48"));

        TicketTimeline answeredMonday = chat.movedTo(TicketStatus.OPEN, berlin("2026-12-07T09:00"))
                .agentReplied(berlin("2026-12-07T09:30"));
        SlaState monday = at(answeredMonday, "2026-12-07T10:00");
        assertThat(metric(monday, PLATFORM_RESPONSE).state()).isEqualTo(BREACHED);
        assertThat(metric(monday, FIRST_RESPONSE).state()).isEqualTo(MET);
    }

    @Test
    void eachUnansweredChatMessageStartsTheTwelveHoursAgain() {
        TicketTimeline chat = TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.TIKTOK_CHAT)
                .buyerWrote(berlin("2026-12-07T09:00"))
                .agentReplied(berlin("2026-12-07T09:10"))
                .buyerWrote(berlin("2026-12-07T19:00"))
                .buyerWrote(berlin("2026-12-07T22:00"))
                .movedTo(TicketStatus.SOLVED, berlin("2026-12-07T19:30"));

        SlaMetric platform = metric(at(chat, "2026-12-08T06:00"), PLATFORM_RESPONSE);

        // solving does not answer the buyer in TikTok's eyes: the earliest unanswered message counts
        assertThat(platform.startedAt()).isEqualTo(berlin("2026-12-07T19:00"));
        assertThat(platform.dueAt()).isEqualTo(berlin("2026-12-08T07:00"));
        assertThat(platform.state()).isEqualTo(RUNNING);
    }

    @Test
    void calendarHoursCountEveryHour() {
        TicketTimeline ticket = TicketTimeline.created(berlin("2026-12-24T17:00"), Channel.API);
        SlaMetric first = metric(clocks.evaluate(policy(), WorkingHours.aroundTheClock(), ticket,
                berlin("2026-12-24T18:00")), FIRST_RESPONSE);
        assertThat(first.dueAt()).isEqualTo(berlin("2026-12-24T21:00"));
    }

    @Test
    void aPolicyWithoutATargetDoesNotTrackIt() {
        SlaPolicy onlyResolution = new SlaPolicy(null, "resolution only", null, null, null, null, null, null,
                Duration.ofHours(8), null, false, Set.of(), true);
        SlaState state = clocks.evaluate(onlyResolution, GERMAN_TEAM,
                TicketTimeline.created(berlin("2026-12-07T09:00"), Channel.EMAIL), berlin("2026-12-07T10:00"));
        assertThat(state.metrics()).extracting(SlaMetric::kind).containsExactly(RESOLUTION);
        assertThat(state.dueAt(RESOLUTION)).contains(berlin("2026-12-07T17:00"));
    }

}
