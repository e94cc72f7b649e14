package org.aftercare.tenancy.security;

import java.util.Collection;
import java.util.List;

import org.aftercare.tenancy.Membership;
import org.aftercare.tenancy.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A console user as Spring Security holds it, with the tenants they are a member of. */
record ConsoleUser(UserId id, String email, String displayName, String passwordHash, String locale,
                   boolean enabled, List<Membership> memberships) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
