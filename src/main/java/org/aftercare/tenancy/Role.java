package org.aftercare.tenancy;

/** What a member of a tenant may do. Ordered from most to least powerful. */
public enum Role {
    /** Everything, including users, tokens and shop settings. */
    OWNER,
    /** Settings, approvals and overrides; no user administration. */
    MANAGER,
    /** Daily work: tickets, notices, alerts, imports — within the markets they serve. */
    AGENT,
    /** Reads only. */
    VIEWER;

    public boolean canWrite() {
        return this != VIEWER;
    }

    public boolean canManage() {
        return this == OWNER || this == MANAGER;
    }

    public boolean canAdministerUsers() {
        return this == OWNER;
    }
}
