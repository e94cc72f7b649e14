package org.aftercare.tenancy.security;

import org.aftercare.tenancy.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes console logins and failed attempts to the audit log. */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ConsoleUser user) {
            user.memberships().stream().findFirst().ifPresent(m ->
                    audit.record(m.tenant(), user.email(), "login.succeeded", null, null, null));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(null, String.valueOf(event.getAuthentication().getName()), "login.failed", null,
                event.getException().getClass().getSimpleName(), null);
    }
}
