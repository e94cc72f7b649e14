package org.aftercare.integrations.web;

import java.util.List;

import org.aftercare.integrations.TrackingConnections;
import org.aftercare.integrations.TrackingConnections.Connection;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The tenant's connections to 17TRACK and AfterShip: each gets its own webhook URL to paste into
 * the provider's console. Secrets are write-only: the API never shows them again.
 */
@RestController
@RequestMapping("/api/v1/tracking-connections")
class TrackingConnectionApi {

    private final TrackingConnections connections;
    private final AuditLog audit;

    TrackingConnectionApi(TrackingConnections connections, AuditLog audit) {
        this.connections = connections;
        this.audit = audit;
    }

    record NewConnection(@NotBlank @Pattern(regexp = "17track|aftership", message = "must be 17track or aftership") String provider,
                         @NotBlank String name,
                         @NotBlank @Size(min = 8, message = "must have at least 8 characters") String secret,
                         @Pattern(regexp = "[A-Za-z0-9_-]{6,64}", message = "6-64 letters, digits, '-' or '_'") String id) {
    }

    record ConnectionView(String id, String provider, String name, String webhookPath) {

        static ConnectionView of(Connection c) {
            return new ConnectionView(c.id(), c.provider(), c.name(), c.webhookPath());
        }
    }

    @GetMapping
    List<ConnectionView> list(Actor actor) {
        actor.requireManage();
        return connections.of(actor.tenant()).stream().map(ConnectionView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ConnectionView create(Actor actor, @Valid @RequestBody NewConnection request) {
        actor.requireManage();
        Connection saved = connections.save(actor.tenant(), request.id(), request.provider(), request.name(), request.secret());
        audit.record(actor, "tracking-connection.saved", saved.id(), saved.provider());
        return ConnectionView.of(saved);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(Actor actor, @PathVariable String id) {
        actor.requireManage();
        if (!connections.disable(actor.tenant(), id)) {
            throw new NotFound("Tracking connection", id);
        }
        audit.record(actor, "tracking-connection.disabled", id, null);
    }
}
