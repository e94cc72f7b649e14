package org.aftercare.desk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One clock: business time counted from {@code start} on a calendar, not counted during
 * {@code stops} (paused statuses, solved spans). A stop without an end is going on now; no
 * time counts after its start until the ticket moves again.
 */
final class MetricClock {

    private final WorkingHours hours;
    private final Instant start;
    private final List<Span> stops;

    MetricClock(WorkingHours hours, Instant start, List<Span> stops) {
        this.hours = hours;
        this.start = start;
        this.stops = merged(stops);
    }

    /** Business time counted between the start and {@code at}. */
    Duration used(Instant at) {
        Duration used = Duration.ZERO;
        for (Iterator<Span> running = running(); running.hasNext(); ) {
            Span piece = running.next();
            if (!piece.start().isBefore(at)) {
                break;
            }
            used = used.plus(piece.endingBy(at).length());
        }
        return used;
    }

    /** When {@code amount} of business time will have counted, if no new stop comes; empty while stopped for good. */
    Optional<Instant> reach(Duration amount) {
        Duration left = amount;
        for (Iterator<Span> running = running(); running.hasNext(); ) {
            Span piece = running.next();
            if (left.compareTo(piece.length()) <= 0) {
                return Optional.of(piece.start().plus(left));
            }
            left = left.minus(piece.length());
        }
        return Optional.empty();
    }

    boolean stoppedAt(Instant at) {
        return stops.stream().anyMatch(stop -> stop.contains(at));
    }

    /** The open intervals of the calendar from the start, with the stops cut out; ends at an open-ended stop. */
    private Iterator<Span> running() {
        Iterator<Span> open = hours.openFrom(start).iterator();
        return new Iterator<>() {
            private Span current;
            private Instant cursor;
            private int stop;
            private Span next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (next == null && !ended) {
                    if (current == null || !cursor.isBefore(current.end())) {
                        if (!open.hasNext()) {
                            ended = true;
                            break;
                        }
                        current = open.next();
                        cursor = current.start();
                    }
                    while (stop < stops.size() && stops.get(stop).end() != null
                            && !stops.get(stop).end().isAfter(cursor)) {
                        stop++;
                    }
                    Span blocking = stop < stops.size() ? stops.get(stop) : null;
                    if (blocking != null && !blocking.start().isAfter(cursor)) {
                        if (blocking.openEnded()) {
                            ended = true;
                            break;
                        }
                        cursor = blocking.end().isBefore(current.end()) ? blocking.end() : current.end();
                        continue;
                    }
                    Instant until = blocking != null && blocking.start().isBefore(current.end())
                            ? blocking.start() : current.end();
                    next = new Span(cursor, until);
                    cursor = until;
                }
                return next != null;
            }

            @Override
            public Span next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Span result = next;
                next = null;
                return result;
            }
        };
    }

    /** Sorted, overlapping or touching stops joined; an open-ended one swallows everything after it. */
    private static List<Span> merged(List<Span> stops) {
        List<Span> sorted = stops.stream().sorted(Comparator.comparing(Span::start)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty()) {
                Span last = merged.getLast();
                if (last.openEnded()) {
                    break;
                }
                if (!span.start().isAfter(last.end())) {
                    Instant end = span.openEnded() || span.end().isAfter(last.end()) ? span.end() : last.end();
                    merged.set(merged.size() - 1, new Span(last.start(), end));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }
}
