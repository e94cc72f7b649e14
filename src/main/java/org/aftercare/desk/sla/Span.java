package org.aftercare.desk.sla;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time, start inclusive, end exclusive; a null end is still going on. */
record Span(Instant start, Instant end) {

    boolean openEnded() {
        return end == null;
    }

    boolean contains(Instant at) {
        return !at.isBefore(start) && (end == null || at.isBefore(end));
    }

    Duration length() {
        return Duration.between(start, end);
    }

    /** This span cut to end no later than {@code at}; an open end becomes {@code at}. */
    Span endingBy(Instant at) {
        return end == null || end.isAfter(at) ? new Span(start, at) : this;
    }
}
