package org.aftercare.desk.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.InboundMessage;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.Intent;
import org.aftercare.desk.Priority;
import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.TicketFilter;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.TicketPage;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.Tickets;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/desk")
@Tag(name = "Desk tickets", description = "Buyer messages in, tickets, replies, notes, statuses and assignment")
class TicketApiController {

    private final Inbox inbox;
    private final Tickets tickets;

    TicketApiController(Inbox inbox, Tickets tickets) {
        this.inbox = inbox;
        this.tickets = tickets;
    }

    record AttachmentBody(String fileName, String contentType, String contentBase64) {
    }

    record MessageBody(UUID shop, Channel channel, String externalId, String from, String fromName, String subject,
                       String body, String orderNumber, List<String> inReplyTo, Instant receivedAt,
                       List<AttachmentBody> attachments) {
    }

    @PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A buyer message in",
            description = "Stores the message once per externalId (a redelivery answers duplicate=true and changes "
                    + "nothing), understands it, threads it onto the buyer's open ticket about the same order or opens "
                    + "one, and routes it. channel defaults to API. An unknown sender becomes a contact. Attachments "
                    + "are base64; a file over the size limit, of a type not accepted, or whose content is not what its "
                    + "name or declared type claims is refused with 400 naming attachments[i] and nothing is stored.")
    Inbox.Received receive(Actor actor, @RequestBody MessageBody body) {
        actor.requireWrite();
        if (body.shop() == null) {
            throw new IllegalArgumentException("shop: required");
        }
        List<InboundMessage.IncomingAttachment> files = new ArrayList<>();
        List<AttachmentBody> attachments = body.attachments() == null ? List.of() : body.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            var a = attachments.get(i);
            try {
                files.add(new InboundMessage.IncomingAttachment(a.fileName(), a.contentType(),
                        Base64.getDecoder().decode(a.contentBase64() == null ? "" : a.contentBase64())));
            }
            catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("attachments[" + i + "].contentBase64: not valid base64");
            }
        }
        List<String> refused = inbox.refusedAttachments(files);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", refused));
        }
        var message = new InboundMessage(new ShopId(body.shop()), body.channel() == null ? Channel.API : body.channel(),
                body.externalId(), body.from(), body.fromName(), body.subject(), body.body(), body.orderNumber(),
                body.inReplyTo(), body.receivedAt(), files);
        return inbox.receive(actor.tenant(), message);
    }

    @GetMapping("/tickets")
    @Operation(summary = "The inbox",
            description = "Open tickets (status NEW, OPEN, PENDING_*) sorted by SLA due unless statuses say otherwise. "
                    + "Filters: status (repeatable), market, shop, channel, intent, assignee (an agent id, or 'none'), team, "
                    + "escalated, language, q (ticket number, subject, contact); sort SLA_DUE, NEWEST, UPDATED; page, size (≤ 200). "
                    + "hasMore tells whether a next page exists; total is given when the page is not full, or with count=true "
                    + "(counted up to 10,000; totalAtLeast when there are more).")
    TicketPage inbox(Actor actor, @RequestParam(required = false) Set<TicketStatus> status,
                     @RequestParam(required = false) String market, @RequestParam(required = false) UUID shop,
                     @RequestParam(required = false) Channel channel, @RequestParam(required = false) Intent intent,
                     @RequestParam(required = false) String assignee, @RequestParam(required = false) UUID team,
                     @RequestParam(required = false) Boolean escalated, @RequestParam(required = false) String language,
                     @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "SLA_DUE") TicketFilter.Sort sort,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                     @RequestParam(defaultValue = "false") boolean count) {
        boolean unassigned = "none".equals(assignee);
        UUID agent = null;
        if (assignee != null && !unassigned) {
            try {
                agent = UUID.fromString(assignee);
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("assignee: an agent id or 'none'");
            }
        }
        var filter = new TicketFilter(status, market, shop, channel, intent, agent, unassigned, team, escalated, language,
                q, sort, page, size);
        return count ? tickets.inboxCounted(actor, filter) : tickets.inbox(actor, filter);
    }

    @GetMapping("/tickets/{id}")
    @Operation(summary = "A ticket with its conversation and history")
    TicketDetail ticket(Actor actor, @PathVariable UUID id) {
        return tickets.get(actor, new TicketId(id));
    }

    @GetMapping("/tickets/{id}/attachments/{attachment}")
    @Operation(summary = "A file the buyer sent", description = "Served as an attachment, never rendered inline.")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable UUID id, @PathVariable UUID attachment) {
        var file = tickets.attachment(actor, new TicketId(id), attachment)
                .orElseThrow(() -> new NotFound("Attachment", attachment));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + file.sha256())
                .body(file.content());
    }

    record ReplyBody(String body, TicketStatus then) {
    }

    record Created(UUID id) {
    }

    @PostMapping("/tickets/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reply to the buyer", description = "Goes out on the ticket's channel through the outbox; "
            + "then = the status after the reply (OPEN by default, PENDING_BUYER, SOLVED …).")
    Created reply(Actor actor, @PathVariable UUID id, @RequestBody ReplyBody body) {
        return new Created(tickets.reply(actor, new TicketId(id), body.body(), body.then()));
    }

    record NoteBody(String body) {
    }

    @PostMapping("/tickets/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An internal note; the buyer never sees it")
    Created note(Actor actor, @PathVariable UUID id, @RequestBody NoteBody body) {
        return new Created(tickets.note(actor, new TicketId(id), body.body()));
    }

    record StatusBody(TicketStatus status) {
    }

    @PutMapping("/tickets/{id}/status")
    @Operation(summary = "Move the ticket", description = "OPEN, PENDING_BUYER, PENDING_CARRIER, PENDING_WAREHOUSE, "
            + "SOLVED, CLOSED; a solved ticket set OPEN is reopened; a closed ticket never changes.")
    void status(Actor actor, @PathVariable UUID id, @RequestBody StatusBody body) {
        tickets.setStatus(actor, new TicketId(id), body.status());
    }

    record AssigneeBody(UUID assignee) {
    }

    @PutMapping("/tickets/{id}/assignee")
    @Operation(summary = "Give the ticket to an agent serving its market, or to nobody (null)")
    void assign(Actor actor, @PathVariable UUID id, @RequestBody AssigneeBody body) {
        tickets.assign(actor, new TicketId(id), body.assignee());
    }

    record PriorityBody(Priority priority) {
    }

    @PutMapping("/tickets/{id}/priority")
    @Operation(summary = "Set the priority: URGENT, HIGH, NORMAL, LOW")
    void priority(Actor actor, @PathVariable UUID id, @RequestBody PriorityBody body) {
        tickets.setPriority(actor, new TicketId(id), body.priority());
    }
}
