package org.aftercare.tenancy.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The people of a tenant. Owners add a user (created with an initial password if new, granted if
 * they already exist — an agency user then sees one more tenant), change roles and markets, and
 * remove members. Every change is audited.
 */
@RestController
@RequestMapping("/api/v1/members")
class MemberApi {

    private final Tenants tenants;
    private final AuditLog audit;

    MemberApi(Tenants tenants, AuditLog audit) {
        this.tenants = tenants;
        this.audit = audit;
    }

    record MemberRequest(@NotBlank String displayName,
                         @Size(min = 12, message = "must have at least 12 characters") String initialPassword,
                         @NotNull Role role,
                         Set<@Pattern(regexp = "[A-Z]{2}", message = "must be ISO country codes such as DE") String> markets) {
    }

    record MemberView(UUID user, String email, String displayName, Role role, Set<String> markets) {
    }

    @GetMapping
    List<MemberView> list(Actor actor) {
        actor.requireManage();
        return tenants.members(actor.tenant()).stream()
                .map(m -> new MemberView(m.user().value(), m.email(), m.displayName(), m.role(), m.markets()))
                .toList();
    }

    @PutMapping("/{email}")
    MemberView put(Actor actor, @PathVariable @Email String email, @Valid @RequestBody MemberRequest request) {
        requireOwner(actor);
        UserId user = tenants.findUser(email).orElseGet(() -> {
            if (request.initialPassword() == null) {
                throw new IllegalArgumentException("initialPassword: required for a new user");
            }
            return tenants.createUser(email, request.displayName(), request.initialPassword(), "en");
        });
        Set<String> markets = request.markets() == null ? Set.of() : request.markets();
        tenants.grant(user, actor.tenant(), request.role(), markets);
        audit.record(actor, "member.granted", email, request.role() + " " + markets);
        return new MemberView(user.value(), email, request.displayName(), request.role(), markets);
    }

    @DeleteMapping("/{email}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable String email) {
        requireOwner(actor);
        UserId user = tenants.findUser(email).orElseThrow(() -> new NotFound("Member", email));
        if (!tenants.revoke(user, actor.tenant())) {
            throw new NotFound("Member", email);
        }
        audit.record(actor, "member.removed", email, null);
    }

    private static void requireOwner(Actor actor) {
        if (!actor.role().canAdministerUsers()) {
            throw new NotPermitted(actor.name() + " is not an owner");
        }
    }
}
