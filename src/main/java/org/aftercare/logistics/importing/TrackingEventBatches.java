package org.aftercare.logistics.importing;

import java.util.ArrayList;
import java.util.List;

import org.aftercare.logistics.Tracking;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Service;

/** Our own JSON batch of tracking events: each event read and checked, the good ones ingested. */
@Service
public class TrackingEventBatches {

    /** Events one request may carry; larger feeds are split by the client or sent as CSV. */
    public static final int MAX_EVENTS = 10_000;

    static final String PROVIDER = "api";

    private final Tracking tracking;

    TrackingEventBatches(Tracking tracking) {
        this.tracking = tracking;
    }

    public EventBatchReport ingest(Actor actor, List<EventText> events) {
        actor.requireWrite();
        if (events == null) {
            throw new IllegalArgumentException("events: required");
        }
        if (events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("events: at most " + MAX_EVENTS + " per request, got " + events.size()
                    + "; split the batch or import a CSV file");
        }
        IngestTotals totals = new IngestTotals(tracking, actor.tenant());
        List<EventBatchReport.Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventText text = events.get(i);
            if (text == null) {
                rejected.add(new EventBatchReport.Rejection(i, "events[" + i + "]", "is not an event"));
                continue;
            }
            EventText.Reading reading = text.read(PROVIDER);
            if (reading.event() == null) {
                for (EventText.Problem problem : reading.problems()) {
                    rejected.add(new EventBatchReport.Rejection(i, "events[" + i + "]." + problem.field().json(),
                            problem.reason()));
                }
                continue;
            }
            totals.add(reading.event());
        }
        totals.flush();
        return new EventBatchReport(events.size(), totals.stored, totals.duplicates, totals.unmapped, totals.waiting,
                totals.future, rejected);
    }
}
