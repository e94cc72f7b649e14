package org.aftercare.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.aftercare.logistics.ingest.ShipmentState;
import org.aftercare.logistics.ingest.TrackingEventStore;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way tracking events enter Aftercare, whatever their source. A batch is stored once
 * (redeliveries change nothing), the affected shipments' state is advanced by the new events to
 * what their whole history by event time gives (reordering changes nothing), and one
 * {@link ShipmentsUpdated} tells the rest of the system.
 */
@Service
public class Tracking {

    /** Carrier clocks drift; an event more than this far in the future is flagged, not trusted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofHours(1);

    private final TrackingEventStore events;
    private final ShipmentState state;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Tracking(TrackingEventStore events, ShipmentState state, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.state = state;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public IngestResult ingest(TenantId tenant, List<IncomingEvent> batch) {
        Instant now = clock.instant();
        List<TrackingEventStore.Stored> stored = batch.isEmpty() ? List.of()
                : events.insert(tenant, batch, now, now.plus(CLOCK_TOLERANCE));
        Map<UUID, List<TrackingEvent>> counted = new LinkedHashMap<>();
        int unmapped = 0;
        int waiting = 0;
        int future = 0;
        for (TrackingEventStore.Stored event : stored) {
            if (event.shipment() == null) {
                waiting++;
            }
            else if (!event.unmapped() && !event.future()) {
                counted.computeIfAbsent(event.shipment(), s -> new ArrayList<>()).add(counted(event));
            }
            unmapped += event.unmapped() ? 1 : 0;
            future += event.future() ? 1 : 0;
        }
        List<ShipmentId> updated = List.of();
        if (!counted.isEmpty()) {
            state.advance(counted, now);
            updated = published(tenant, counted.keySet());
        }
        return new IngestResult(batch.size(), stored.size(), batch.size() - stored.size(), unmapped, waiting, future,
                updated);
    }

    private static TrackingEvent counted(TrackingEventStore.Stored s) {
        IncomingEvent e = s.event();
        return new TrackingEvent(e.provider(), s.eventKey(), e.trackingNumber(), e.occurredAt(), e.zone(), e.location(),
                e.rawStatus(), e.description(), s.status(), s.subStatus(), s.milestone());
    }

    /**
     * Links events that arrived before their shipments were known (a carrier often scans before
     * the order system reports the shipment) and derives those shipments' state.
     */
    @Transactional
    public List<ShipmentId> linkWaitingEvents(TenantId tenant, List<ShipmentId> shipments) {
        if (shipments.isEmpty()) {
            return List.of();
        }
        List<UUID> linked = events.linkWaiting(tenant, shipments.stream().map(ShipmentId::value).toList());
        return derive(tenant, new LinkedHashSet<>(linked), clock.instant());
    }

    private List<ShipmentId> derive(TenantId tenant, Set<UUID> shipments, Instant now) {
        if (shipments.isEmpty()) {
            return List.of();
        }
        state.derive(shipments, now);
        return published(tenant, shipments);
    }

    private List<ShipmentId> published(TenantId tenant, Set<UUID> shipments) {
        List<ShipmentId> ids = new ArrayList<>(shipments.size());
        shipments.forEach(id -> ids.add(new ShipmentId(id)));
        publisher.publishEvent(new ShipmentsUpdated(tenant, List.copyOf(ids)));
        return ids;
    }
}
