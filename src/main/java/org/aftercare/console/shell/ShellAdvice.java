package org.aftercare.console.shell;

import java.security.Principal;
import java.util.List;

import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Membership;
import org.aftercare.tenancy.Tenants;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.NativeWebRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts the {@link Shell} into the model of every page a signed-in console user sees, whichever
 * module serves it. API calls (a token, not a console user) and anonymous requests get none.
 */
@ControllerAdvice
class ShellAdvice {

    private final CurrentActor currentActor;
    private final Tenants tenants;
    private final ViewerZone zones;
    private final Navigation navigation;

    ShellAdvice(CurrentActor currentActor, Tenants tenants, ViewerZone zones, Navigation navigation) {
        this.currentActor = currentActor;
        this.tenants = tenants;
        this.zones = zones;
        this.navigation = navigation;
    }

    @ModelAttribute
    void shell(Principal principal, NativeWebRequest request, Model model) throws Exception {
        if (!(principal instanceof Authentication auth) || !(auth.getPrincipal() instanceof UserDetails)) {
            return;
        }
        Actor actor;
        try {
            actor = currentActor.of(request);
        }
        catch (NotPermitted noTenant) {
            return;
        }
        List<Membership> memberships = tenants.memberships(actor.user());
        Membership current = memberships.stream()
                .filter(m -> m.tenant().equals(actor.tenant()))
                .findFirst()
                .orElseThrow();
        String path = request.getNativeRequest(HttpServletRequest.class).getServletPath();
        model.addAttribute("shell", new Shell(actor.name(), current, memberships, zones.of(actor.user()),
                navigation.forPath(path)));
    }
}
