package org.aftercare.tenancy.security;

import java.util.UUID;

import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class ConsoleUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    ConsoleUsers(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("""
                select id, email, display_name, password_hash, locale, enabled
                  from app_user where lower(email) = lower(:email)
                """)
                .param("email", email.trim())
                .query((rs, row) -> {
                    UserId id = new UserId(rs.getObject("id", UUID.class));
                    return new ConsoleUser(id, rs.getString("email"), rs.getString("display_name"),
                            rs.getString("password_hash"), rs.getString("locale"), rs.getBoolean("enabled"),
                            tenants.memberships(id));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No user " + email));
    }
}
