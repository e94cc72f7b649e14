package org.aftercare.tenancy.security;

import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/** An agency user switches the tenant they work in; only tenants they are a member of. */
@Controller
class TenantSwitchController {

    private final AuditLog audit;

    TenantSwitchController(AuditLog audit) {
        this.audit = audit;
    }

    @PostMapping("/session/tenant")
    String switchTenant(@AuthenticationPrincipal ConsoleUser user, @RequestParam String tenant,
                        HttpServletRequest request) {
        TenantId target = TenantId.of(tenant);
        CurrentTenant.switchTo(user, target, request.getSession())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such tenant"));
        audit.record(target, user.email(), "tenant.switched", tenant, null, request.getRemoteAddr());
        return "redirect:/";
    }
}
