package org.aftercare.integrations.chat;

import java.util.List;
import java.util.UUID;

import org.aftercare.integrations.mail.Secrets;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Where each shop's TikTok Shop chat replies are posted (outbound webhook), for managers and owners. */
@RestController
@RequestMapping("/api/v1/desk/chat-outlets")
class ChatOutletApi {

    private final ChatOutlets outlets;
    private final Secrets secrets;
    private final AuditLog audit;

    ChatOutletApi(ChatOutlets outlets, Secrets secrets, AuditLog audit) {
        this.outlets = outlets;
        this.secrets = secrets;
        this.audit = audit;
    }

    /** @param error what stops the outlet from working (a secret variable not set), or null */
    record OutletView(UUID id, UUID shop, String url, String secretVariable, boolean enabled, String error) {
    }

    @GetMapping
    List<OutletView> list(Actor actor) {
        actor.requireManage();
        return outlets.of(actor.tenant()).stream().map(this::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OutletView create(Actor actor, @RequestBody ChatOutletForm form) {
        actor.requireManage();
        ChatOutlet created = outlets.create(actor.tenant(), form);
        audit.record(actor, "chat-outlet.created", created.id().toString(), created.url().toString());
        return view(created);
    }

    @PutMapping("/{id}")
    OutletView update(Actor actor, @PathVariable UUID id, @RequestBody ChatOutletForm form) {
        actor.requireManage();
        ChatOutlet updated = outlets.update(actor.tenant(), id, form);
        audit.record(actor, "chat-outlet.updated", id.toString(), updated.url().toString());
        return view(updated);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(Actor actor, @PathVariable UUID id) {
        actor.requireManage();
        outlets.disable(actor.tenant(), id);
        audit.record(actor, "chat-outlet.disabled", id.toString(), null);
    }

    private OutletView view(ChatOutlet outlet) {
        String error = secrets.value(outlet.secretVariable()).isPresent() ? null
                : "secretVariable: environment variable " + outlet.secretVariable() + " is not set on the server";
        return new OutletView(outlet.id(), outlet.shop().value(), outlet.url().toString(), outlet.secretVariable(),
                outlet.enabled(), error);
    }
}
