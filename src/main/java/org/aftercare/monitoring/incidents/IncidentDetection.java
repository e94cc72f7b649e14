package org.aftercare.monitoring.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.monitoring.IncidentDetected;
import org.aftercare.monitoring.IncidentId;
import org.aftercare.monitoring.MonitoringProperties;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds places where many parcels of one carrier and destination are stalled at once — a hub
 * backlog, a customs hold, a missed flight — and keeps one incident per (carrier, destination,
 * location) while it lasts. A lane's threshold is {@code incidentMinParcels} stalled parcels, or
 * on a smaller lane {@code incidentMinShare} of its parcels in flight, never fewer than half of
 * {@code incidentMinParcels}; an open incident resolves itself when fewer than half its threshold
 * remain stalled there. Runs every few minutes on every instance; an advisory lock lets one run at
 * a time and the unique index on open incidents keeps each one single regardless.
 */
@Component
public class IncidentDetection {

    private final IncidentStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MonitoringProperties properties;
    private final Clock clock;

    IncidentDetection(IncidentStore store, TransactionTemplate transactions, ApplicationEventPublisher events,
                      MonitoringProperties properties, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int raised, int open, int resolved) {
    }

    @Scheduled(fixedDelayString = "${aftercare.monitoring.incident-every:5m}")
    public void everyFewMinutes() {
        detect();
    }

    public Run detect() {
        return transactions.execute(status -> detectLocked(clock.instant()));
    }

    private Run detectLocked(Instant now) {
        if (!store.lock()) {
            return new Run(0, 0, 0);
        }
        List<UUID> open = new ArrayList<>();
        int raised = 0;
        for (StalledPlace place : store.stalledPlaces(properties.incidentMinParcels(), properties.incidentMinShare())) {
            Optional<UUID> incident;
            if (place.makesAnIncident()) {
                IncidentStore.Upserted upserted = store.raiseOrRefresh(place, now);
                incident = Optional.of(upserted.id());
                if (upserted.raised()) {
                    raised++;
                    events.publishEvent(new IncidentDetected(new IncidentId(upserted.id()), new TenantId(place.tenant()),
                            place.carrier(), place.destination(), place.location(), place.parcels()));
                }
            }
            else {
                incident = store.refresh(place, now);
            }
            incident.ifPresent(id -> {
                store.syncMembers(id, place.tenant(), place.members(), now);
                open.add(id);
            });
        }
        int resolved = store.resolveAllBut(open, now);
        return new Run(raised, open.size(), resolved);
    }
}
