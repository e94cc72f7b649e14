package org.aftercare.desk.library;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.CaseLibrary;
import org.aftercare.desk.CaseMessage;
import org.aftercare.desk.Intent;
import org.aftercare.desk.KnownPersonalData;
import org.aftercare.desk.LibraryCase;
import org.aftercare.desk.LibraryEntry;
import org.aftercare.tenancy.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The case library over the API: anonymized conversations for training. */
@RestController
@RequestMapping(path = "/api/v1/desk/case-library", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Desk case library", description = "Anonymized well-handled conversations for training (R14)")
class CaseLibraryApiController {

    private final CaseLibrary library;

    CaseLibraryApiController(CaseLibrary library) {
        this.library = library;
    }

    @GetMapping
    @Operation(summary = "List entries, newest first (at most 500)")
    List<LibraryEntry> list(Actor actor, @RequestParam(required = false) Intent intent,
                            @RequestParam(required = false) String tag) {
        return library.list(actor.tenant(), intent, tag);
    }

    @GetMapping("/{id}")
    LibraryEntry get(Actor actor, @PathVariable UUID id) {
        return library.get(actor.tenant(), id);
    }

    record AddRequest(UUID sourceTicket, Intent intent, String language, List<CaseMessage> messages,
                      KnownPersonalData known, List<String> tags) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an anonymized copy of a conversation",
            description = "The text is anonymized before it is stored; 'known' lists the names, address lines, phones, "
                    + "e-mails, order and tracking numbers the caller knows to be personal. The original is not kept.")
    ResponseEntity<LibraryEntry> add(Actor actor, @RequestBody AddRequest request) {
        actor.requireWrite();
        LibraryEntry entry = library.add(actor.tenant(), new LibraryCase(request.sourceTicket(), request.intent(),
                request.language(), request.messages(), request.known(), request.tags(), actor.name()));
        return ResponseEntity.created(URI.create("/api/v1/desk/case-library/" + entry.id())).body(entry);
    }
}
