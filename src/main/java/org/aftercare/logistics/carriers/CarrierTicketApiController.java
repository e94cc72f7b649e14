package org.aftercare.logistics.carriers;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.aftercare.logistics.CarrierTicket;
import org.aftercare.logistics.CarrierTicketId;
import org.aftercare.logistics.CarrierTickets;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.TicketAttachment;
import org.aftercare.tenancy.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Carrier tickets", description = "Tickets opened with carriers about a shipment, and the carriers' statements")
class CarrierTicketApiController {

    private final CarrierTickets tickets;

    CarrierTicketApiController(CarrierTickets tickets) {
        this.tickets = tickets;
    }

    record OpenTicket(String ticketNumber, String carrierCode, OffsetDateTime openedAt) {
    }

    @PostMapping(path = "/api/v1/shipments/{shipment}/carrier-tickets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a carrier ticket",
            description = "ticketNumber is required; carrierCode defaults to the shipment's carrier, openedAt to now. "
                    + "409 when the carrier's ticket number is already recorded.")
    ResponseEntity<CarrierTicketResponse> open(Actor actor, @PathVariable UUID shipment, @RequestBody OpenTicket request) {
        CarrierTicket ticket = tickets.open(actor, new ShipmentId(shipment), request.ticketNumber(), request.carrierCode(),
                request.openedAt() == null ? null : request.openedAt().toInstant());
        return ResponseEntity.created(URI.create("/api/v1/carrier-tickets/" + ticket.id())).body(CarrierTicketResponse.of(ticket));
    }

    @GetMapping("/api/v1/shipments/{shipment}/carrier-tickets")
    @Operation(summary = "A shipment's carrier tickets, oldest first")
    List<CarrierTicketResponse> ofShipment(Actor actor, @PathVariable UUID shipment) {
        return tickets.ofShipment(actor, new ShipmentId(shipment)).stream().map(CarrierTicketResponse::of).toList();
    }

    @GetMapping("/api/v1/carrier-tickets/{id}")
    CarrierTicketResponse get(Actor actor, @PathVariable UUID id) {
        return CarrierTicketResponse.of(tickets.get(actor, new CarrierTicketId(id)));
    }

    @PostMapping(path = "/api/v1/carrier-tickets/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record the carrier's answer",
            description = "statement is required; file is optional (at most 10 MB; its type is detected from its bytes). "
                    + "409 when the ticket is not open.")
    CarrierTicketResponse answer(Actor actor, @PathVariable UUID id, @RequestParam String statement,
                         @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        TicketAttachment attachment = null;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > TicketAttachment.MAX_BYTES) {
                throw new IllegalArgumentException("file: is %.1f MB; at most 10 MB".formatted(file.getSize() / 1048576.0));
            }
            attachment = TicketAttachment.of(file.getOriginalFilename(), file.getBytes());
        }
        return CarrierTicketResponse.of(tickets.answer(actor, new CarrierTicketId(id), statement, attachment));
    }

    @PostMapping(path = "/api/v1/carrier-tickets/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the carrier's answer without a file")
    CarrierTicketResponse answerJson(Actor actor, @PathVariable UUID id, @RequestBody Answer answer) {
        return CarrierTicketResponse.of(tickets.answer(actor, new CarrierTicketId(id), answer.statement(), null));
    }

    record Answer(String statement) {
    }

    @PostMapping("/api/v1/carrier-tickets/{id}/close")
    CarrierTicketResponse close(Actor actor, @PathVariable UUID id) {
        return CarrierTicketResponse.of(tickets.close(actor, new CarrierTicketId(id)));
    }

    @GetMapping("/api/v1/carrier-tickets/{id}/attachment")
    @Operation(summary = "Download the file the carrier sent with its answer")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable UUID id) {
        return tickets.attachment(actor, new CarrierTicketId(id))
                .map(a -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(a.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(a.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(a.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The ticket's state forbids the step (answered twice, closed twice, a number recorded twice). */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }
}
