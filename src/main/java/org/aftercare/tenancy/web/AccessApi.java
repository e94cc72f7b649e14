package org.aftercare.tenancy.web;

import java.util.Set;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Tenants;
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
import jakarta.validation.constraints.NotNull;

/** Who the caller is, and API tokens for scripts and integrations (owners only). */
@RestController
@RequestMapping("/api/v1")
class AccessApi {

    private final Tenants tenants;
    private final AuditLog audit;

    AccessApi(Tenants tenants, AuditLog audit) {
        this.tenants = tenants;
        this.audit = audit;
    }

    record Me(String name, UUID tenant, String tenantName, Role role, Set<String> markets) {
    }

    record TokenRequest(@NotBlank String name, @NotNull Role role) {
    }

    record IssuedToken(String name, Role role, String token) {
    }

    @GetMapping("/me")
    Me me(Actor actor) {
        return new Me(actor.name(), actor.tenant().value(), tenants.tenantName(actor.tenant()), actor.role(), actor.markets());
    }

    @DeleteMapping("/tokens/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable String name) {
        if (!actor.role().canAdministerUsers()) {
            throw new NotPermitted(actor.name() + " is not an owner");
        }
        if (!tenants.revokeApiToken(actor.tenant(), name)) {
            throw new NotFound("Token", name);
        }
        audit.record(actor, "api-token.revoked", name, null);
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(Actor actor, @Valid @RequestBody TokenRequest request) {
        if (!actor.role().canAdministerUsers()) {
            throw new NotPermitted(actor.name() + " is not an owner");
        }
        if (request.role().ordinal() < actor.role().ordinal()) {
            throw new NotPermitted("A token cannot have more rights than its issuer");
        }
        String token = tenants.issueApiToken(actor.tenant(), request.name(), request.role(), actor.user());
        return new IssuedToken(request.name(), request.role(), token);
    }
}
