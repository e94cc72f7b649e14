package org.aftercare.tenancy;

import java.util.Set;

import org.aftercare.shared.NotPermitted;

/**
 * Who is acting, in which tenant and with which role: a console user in their current tenant, or
 * an API token. Controllers receive it as a method argument and pass {@link #tenant()} to every
 * query, so no query can run without a tenant.
 *
 * @param name    user e-mail or "token:&lt;name&gt;", as written to the audit log
 * @param markets ISO countries an agent is limited to; empty means all markets
 */
public record Actor(String name, UserId user, TenantId tenant, Role role, Set<String> markets) {

    public Actor {
        markets = markets == null ? Set.of() : Set.copyOf(markets);
    }

    public boolean serves(String market) {
        return markets.isEmpty() || markets.contains(market);
    }

    public void requireWrite() {
        if (!role.canWrite()) {
            throw new NotPermitted(name + " may only read");
        }
    }

    public void requireManage() {
        if (!role.canManage()) {
            throw new NotPermitted(name + " is not a manager or owner");
        }
    }
}
