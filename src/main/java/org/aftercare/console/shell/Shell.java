package org.aftercare.console.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.aftercare.tenancy.Membership;

/**
 * What the layout around every console page shows: who is signed in, in which tenant, the tenants
 * they may switch to, the navigation, and the zone they read times in. Templates reach it as
 * {@code ${shell}}; it is absent on pages seen before login.
 */
public record Shell(String email, Membership tenant, List<Membership> memberships, ZoneId zone,
                    List<NavEntry> nav) {

    public boolean canSwitchTenant() {
        return memberships.size() > 1;
    }

    /** An instant as the viewer's wall clock shows it: {@code ${#temporals.format(shell.local(t), 'yyyy-MM-dd HH:mm')}}. */
    public ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone);
    }
}
