package org.aftercare.desk;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock of a ticket at an instant.
 *
 * @param kind          which promise
 * @param state         running, paused (business clocks only), met or breached
 * @param startedAt     when this clock (or, for responses, the current cycle) started
 * @param stoppedAt     the reply or solve that stopped it; null while it runs or pauses
 * @param dueAt         when the target is reached, assuming no further pause; null while paused
 * @param target        the promised working time (business or around-the-clock time, see {@link Kind#platform()})
 * @param used          working time used so far (up to {@code stoppedAt} when stopped)
 * @param fractionUsed  {@code used / target}; above 1 once breached
 * @param warnedPercent the highest warning threshold reached (75, 90), 0 for none
 * @param nextCheckAt   the next instant this clock changes by itself (a warning or the breach); null when
 *                      nothing will happen without a new ticket event
 */
public record SlaMetric(Kind kind, State state, Instant startedAt, Instant stoppedAt, Instant dueAt, Duration target,
                        Duration used, double fractionUsed, int warnedPercent, Instant nextCheckAt) {

    public enum Kind {
        /** Ticket creation to the first public agent reply. */
        FIRST_RESPONSE,
        /** The earliest buyer message after an agent reply to the next agent reply. */
        NEXT_RESPONSE,
        /** Ticket creation to solved, without paused time, continuing after a reopen. */
        RESOLUTION,
        /** The marketplace's own chat clock (TikTok Shop: 12 h), around the clock, never paused. */
        PLATFORM_RESPONSE;

        public boolean platform() {
            return this == PLATFORM_RESPONSE;
        }
    }

    public enum State {
        RUNNING,
        PAUSED,
        MET,
        BREACHED
    }

    public boolean breached() {
        return state == State.BREACHED;
    }
}
