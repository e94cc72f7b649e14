package org.aftercare.simulator.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingEvent;
import org.aftercare.logistics.TrackingStatus;

/** The scans of one parcel as they are written, each strictly after the one before. */
final class Journey {

    static final String PROVIDER = "simulator";

    private final String trackingNumber;
    private final List<TrackingEvent> events = new ArrayList<>(16);
    private Instant last = Instant.MIN;

    Journey(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    Instant scan(Instant at, String zone, String location, String raw, String description, TrackingStatus status,
                 SubStatus subStatus, Milestone milestone) {
        Instant when = at.isAfter(last) ? at : last.plus(Duration.ofMinutes(7));
        events.add(new TrackingEvent(PROVIDER, trackingNumber + "-" + events.size(), trackingNumber, when, zone,
                location, raw, description, status, subStatus, milestone));
        last = when;
        return when;
    }

    Instant last() {
        return last;
    }

    int size() {
        return events.size();
    }

    /** Drops every scan after the first {@code count}: the parcel went silent. */
    void silenceAfter(int count) {
        while (events.size() > count) {
            events.removeLast();
        }
        last = events.getLast().occurredAt();
    }

    int indexOf(Milestone milestone) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).milestone() == milestone) {
                return i;
            }
        }
        return -1;
    }

    List<TrackingEvent> events() {
        return events;
    }
}
