package org.aftercare.tenancy;

import java.io.Serializable;
import java.util.Set;

/** A user's role in one tenant; an agency user has several. */
public record Membership(UserId user, TenantId tenant, String tenantName, Role role, Set<String> markets)
        implements Serializable {
}
