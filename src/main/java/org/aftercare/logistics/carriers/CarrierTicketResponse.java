package org.aftercare.logistics.carriers;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.logistics.CarrierTicket;

/** A carrier ticket as the API shows it, ids as plain strings; the file itself is at {@code attachmentUrl}. */
record CarrierTicketResponse(UUID id, UUID shipmentId, String carrierCode, String ticketNumber, String status,
                             Instant openedAt, Instant answeredAt, Instant closedAt, String statement,
                             String attachmentName, String attachmentType, Integer attachmentSize, String attachmentUrl,
                             String createdBy, String answeredBy, String closedBy) {

    static CarrierTicketResponse of(CarrierTicket t) {
        return new CarrierTicketResponse(t.id().value(), t.shipment().value(), t.carrierCode(), t.ticketNumber(),
                t.status().name(), t.openedAt(), t.answeredAt(), t.closedAt(), t.statement(), t.attachmentName(),
                t.attachmentType(), t.attachmentSize(),
                t.attachmentSize() == null ? null : "/api/v1/carrier-tickets/" + t.id() + "/attachment",
                t.createdBy(), t.answeredBy(), t.closedBy());
    }
}
