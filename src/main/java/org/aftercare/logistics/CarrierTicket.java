package org.aftercare.logistics;

import java.time.Instant;

/**
 * A ticket opened with a carrier about one shipment, by the carrier's own ticket number, and the
 * carrier's answer: its statement and an optional file. OPEN → ANSWERED → CLOSED; a ticket may be
 * closed unanswered, and is answered once.
 *
 * @param attachmentSize bytes of the attached file, null without one (the bytes are fetched apart)
 */
public record CarrierTicket(CarrierTicketId id, ShipmentId shipment, String carrierCode, String ticketNumber,
                            Status status, Instant openedAt, Instant answeredAt, Instant closedAt, String statement,
                            String attachmentName, String attachmentType, Integer attachmentSize, String createdBy,
                            String answeredBy, String closedBy) {

    public enum Status {
        OPEN, ANSWERED, CLOSED
    }

    static final int MAX_TICKET_NUMBER = 100;
    static final int MAX_STATEMENT = 20_000;

    /** The carrier answered: keeps its statement and file. Only an open ticket can be answered. */
    public CarrierTicket answered(String statement, TicketAttachment attachment, Instant at, String by) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("Ticket " + ticketNumber + " is " + status + "; only an open ticket can be answered");
        }
        if (statement == null || statement.isBlank()) {
            throw new IllegalArgumentException("statement: required");
        }
        if (statement.length() > MAX_STATEMENT) {
            throw new IllegalArgumentException("statement: at most " + MAX_STATEMENT + " characters");
        }
        return new CarrierTicket(id, shipment, carrierCode, ticketNumber, Status.ANSWERED, openedAt, at, closedAt,
                statement.strip(), attachment == null ? null : attachment.name(),
                attachment == null ? null : attachment.contentType(),
                attachment == null ? null : attachment.bytes().length, createdBy, by, closedBy);
    }

    /** Nothing more to expect from the carrier on this ticket. */
    public CarrierTicket closed(Instant at, String by) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("Ticket " + ticketNumber + " is already closed");
        }
        return new CarrierTicket(id, shipment, carrierCode, ticketNumber, Status.CLOSED, openedAt, answeredAt, at,
                statement, attachmentName, attachmentType, attachmentSize, createdBy, answeredBy, by);
    }
}
