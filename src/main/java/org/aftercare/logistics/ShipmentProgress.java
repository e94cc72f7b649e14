package org.aftercare.logistics;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a shipment stands, derived from its whole event history ordered by event time — never
 * from the order in which events arrived — so a duplicate or a late, out-of-order event yields the
 * same state as a clean, ordered feed.
 *
 * @param milestones the first time each milestone was reached
 */
public record ShipmentProgress(TrackingStatus status, SubStatus subStatus, Instant lastEventAt, String lastLocation,
                               Map<Milestone, Instant> milestones) {

    private static final Comparator<TrackingEvent> BY_EVENT_TIME = Comparator
            .comparing(TrackingEvent::occurredAt)
            .thenComparing(e -> e.milestone() == null ? -1 : e.milestone().ordinal())
            .thenComparing(TrackingEvent::providerEventId, ShipmentProgress::byCodePoint);

    public static ShipmentProgress none() {
        return new ShipmentProgress(TrackingStatus.InfoReceived, null, null, null, Map.of());
    }

    public static ShipmentProgress derivedFrom(Collection<TrackingEvent> events) {
        if (events.isEmpty()) {
            return none();
        }
        List<TrackingEvent> ordered = events.stream().sorted(BY_EVENT_TIME).toList();
        Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
        for (TrackingEvent event : ordered) {
            if (event.milestone() != null) {
                milestones.putIfAbsent(event.milestone(), event.occurredAt());
            }
        }
        TrackingEvent last = ordered.getLast();
        return new ShipmentProgress(last.status(), last.subStatus(), last.occurredAt(), last.location(),
                Collections.unmodifiableMap(milestones));
    }

    /** Ids compare as PostgreSQL's "C" collation compares them, which derives the same state in SQL. */
    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    public Instant reached(Milestone milestone) {
        return milestones.get(milestone);
    }
}
