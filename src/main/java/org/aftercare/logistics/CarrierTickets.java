package org.aftercare.logistics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.carriers.CarrierTicketStore;
import org.aftercare.logistics.carriers.CarrierTicketStore.ShipmentLane;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every ticket opened with a carrier about a shipment — its number, when it was opened, and the
 * carrier's statement and file when it answers — so that a claim or a dispute can cite them.
 * Agents record tickets of the markets they serve; a shipment of another tenant or market is not
 * found.
 */
@Service
public class CarrierTickets {

    private final CarrierTicketStore store;
    private final Clock clock;

    CarrierTickets(CarrierTicketStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records a ticket opened with the shipment's carrier, or with {@code carrierCode} (the
     * last-mile carrier, say). {@code openedAt} defaults to now. A carrier's ticket number is
     * recorded once per tenant.
     */
    @Transactional
    public CarrierTicket open(Actor actor, ShipmentId shipment, String ticketNumber, String carrierCode, Instant openedAt) {
        actor.requireWrite();
        ShipmentLane lane = lane(actor, shipment);
        if (ticketNumber == null || ticketNumber.isBlank()) {
            throw new IllegalArgumentException("ticketNumber: required");
        }
        if (ticketNumber.strip().length() > CarrierTicket.MAX_TICKET_NUMBER) {
            throw new IllegalArgumentException("ticketNumber: at most " + CarrierTicket.MAX_TICKET_NUMBER + " characters");
        }
        Instant now = clock.instant();
        if (openedAt != null && openedAt.isAfter(now)) {
            throw new IllegalArgumentException("openedAt: is in the future");
        }
        String carrier = carrierCode == null || carrierCode.isBlank() ? lane.carrierCode()
                : carrierCode.strip().toUpperCase(Locale.ROOT);
        CarrierTicket ticket = new CarrierTicket(new CarrierTicketId(UUID.randomUUID()), shipment, carrier,
                ticketNumber.strip(), CarrierTicket.Status.OPEN, openedAt == null ? now : openedAt, null, null, null,
                null, null, null, actor.name(), null, null);
        if (!store.insert(actor.tenant(), ticket)) {
            throw new IllegalStateException("ticketNumber: " + carrier + " ticket " + ticket.ticketNumber() + " is already recorded");
        }
        return ticket;
    }

    /** The carrier's answer: its statement and optionally a file (at most 10 MB). Answered once. */
    @Transactional
    public CarrierTicket answer(Actor actor, CarrierTicketId id, String statement, TicketAttachment attachment) {
        actor.requireWrite();
        CarrierTicket answered = get(actor, id).answered(statement, attachment, clock.instant(), actor.name());
        if (!store.saveAnswer(actor.tenant(), answered, attachment)) {
            throw new IllegalStateException("Ticket " + answered.ticketNumber() + " was answered or closed meanwhile");
        }
        return answered;
    }

    @Transactional
    public CarrierTicket close(Actor actor, CarrierTicketId id) {
        actor.requireWrite();
        CarrierTicket closed = get(actor, id).closed(clock.instant(), actor.name());
        if (!store.saveClosed(actor.tenant(), closed)) {
            throw new IllegalStateException("Ticket " + closed.ticketNumber() + " was closed meanwhile");
        }
        return closed;
    }

    public List<CarrierTicket> ofShipment(Actor actor, ShipmentId shipment) {
        lane(actor, shipment);
        return store.ofShipment(actor.tenant(), shipment);
    }

    public CarrierTicket get(Actor actor, CarrierTicketId id) {
        CarrierTicket ticket = store.find(actor.tenant(), id).orElseThrow(() -> new NotFound("Carrier ticket", id));
        lane(actor, ticket.shipment());
        return ticket;
    }

    public Optional<TicketAttachment> attachment(Actor actor, CarrierTicketId id) {
        get(actor, id);
        return store.attachment(actor.tenant(), id);
    }

    private ShipmentLane lane(Actor actor, ShipmentId shipment) {
        return store.shipment(actor.tenant(), shipment)
                .filter(l -> actor.serves(l.destinationCountry()))
                .orElseThrow(() -> new NotFound("Shipment", shipment));
    }
}
