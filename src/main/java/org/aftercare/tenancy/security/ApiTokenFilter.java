package org.aftercare.tenancy.security;

import java.io.IOException;
import java.util.List;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Tenants;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates {@code Authorization: Bearer <token>} against the hashed API tokens. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final Tenants tenants;

    ApiTokenFilter(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tenants.actorForToken(header.substring(7).trim())
                    .ifPresent(actor -> SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(actor)));
        }
        chain.doFilter(request, response);
    }

    /** An authenticated API token; its principal is the {@link Actor}. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final Actor actor;

        TokenAuthentication(Actor actor) {
            super(List.of(new SimpleGrantedAuthority("ROLE_API")));
            this.actor = actor;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Actor getPrincipal() {
            return actor;
        }
    }
}
