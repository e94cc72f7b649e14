package org.aftercare.desk.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.desk.KnowledgeArticle;
import org.aftercare.desk.LibraryEntry;
import org.aftercare.desk.TicketAssist;
import org.aftercare.desk.TicketId;
import org.aftercare.logistics.CarrierTicket;
import org.aftercare.tenancy.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/desk/tickets/{id}")
@Tag(name = "Desk tickets", description = "Buyer messages in, tickets, replies, notes, statuses and assignment")
class TicketAssistApiController {

    private final TicketAssist assist;

    TicketAssistApiController(TicketAssist assist) {
        this.assist = assist;
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Reply scripts for the ticket's intent, filled from its order and parcel in the buyer's language",
            description = "missing lists variables a tenant script needs that the order does not provide.")
    List<TicketAssist.Suggestion> suggestions(Actor actor, @PathVariable UUID id) {
        return assist.suggestions(actor, new TicketId(id));
    }

    @GetMapping("/knowledge")
    @Operation(summary = "SOP articles for the ticket's intent", description = "language: en or zh (the console's)")
    List<KnowledgeArticle> knowledge(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "en") String language) {
        return assist.knowledge(actor, new TicketId(id), language);
    }

    record CarrierTicketBody(String ticketNumber) {
    }

    @PostMapping("/carrier-tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a carrier investigation on the order's latest parcel; the ticket then waits for the carrier")
    CarrierTicket carrierTicket(Actor actor, @PathVariable UUID id, @RequestBody CarrierTicketBody body) {
        return assist.openCarrierTicket(actor, new TicketId(id), body.ticketNumber());
    }

    record LibraryBody(List<String> tags) {
    }

    @PostMapping("/case-library")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an anonymized copy of the conversation to the case library (R14)")
    LibraryEntry caseLibrary(Actor actor, @PathVariable UUID id, @RequestBody(required = false) LibraryBody body) {
        return assist.addToCaseLibrary(actor, new TicketId(id), body == null ? List.of() : body.tags());
    }
}
