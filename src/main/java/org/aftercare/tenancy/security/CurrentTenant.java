package org.aftercare.tenancy.security;

import java.util.Optional;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Membership;
import org.aftercare.tenancy.TenantId;

import jakarta.servlet.http.HttpSession;

/**
 * The tenant a console user works in, kept in the HTTP session. Only a tenant the user is a
 * member of can be chosen; the first membership is the default.
 */
final class CurrentTenant {

    static final String SESSION_KEY = "aftercare.tenant";

    private CurrentTenant() {
    }

    static Optional<Actor> actor(ConsoleUser user, HttpSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return user.memberships().stream()
                .filter(m -> chosen == null || m.tenant().toString().equals(chosen))
                .findFirst()
                .or(() -> user.memberships().stream().findFirst())
                .map(m -> toActor(user, m));
    }

    static Optional<Membership> switchTo(ConsoleUser user, TenantId tenant, HttpSession session) {
        Optional<Membership> membership = user.memberships().stream()
                .filter(m -> m.tenant().equals(tenant))
                .findFirst();
        membership.ifPresent(m -> session.setAttribute(SESSION_KEY, m.tenant().toString()));
        return membership;
    }

    private static Actor toActor(ConsoleUser user, Membership m) {
        return new Actor(user.email(), user.id(), m.tenant(), m.role(), m.markets());
    }
}
