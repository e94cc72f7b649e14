package org.aftercare.logistics.web;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.StatusMappings;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's status mapping page: the raw carrier statuses no mapping knows, each with a form
 * to map it in place (htmx swaps the row for the outcome), and the mappings in force.
 */
@Controller
class StatusMappingConsoleController {

    private final StatusMappings mappings;

    StatusMappingConsoleController(StatusMappings mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/settings/status-mappings")
    String page(Actor actor, Model model) {
        model.addAttribute("unmapped", mappings.unmapped(actor.tenant()));
        model.addAttribute("mappings", mappings.mappings(actor.tenant()));
        model.addAttribute("canManage", actor.role().canManage());
        vocabulary(model);
        return "logistics/status-mappings";
    }

    @PostMapping("/settings/status-mappings")
    String save(Actor actor, @RequestParam String provider, @RequestParam String rawStatus,
                @RequestParam TrackingStatus status, @RequestParam(required = false) SubStatus subStatus,
                @RequestParam(required = false) Milestone milestone,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        actor.requireManage();
        StatusMappings.Saved saved = mappings.save(actor.tenant(), provider, rawStatus, status, subStatus, milestone,
                actor.name());
        if (htmx == null) {
            return "redirect:/settings/status-mappings";
        }
        model.addAttribute("saved", saved);
        return "logistics/status-mappings :: saved";
    }

    private static void vocabulary(Model model) {
        model.addAttribute("statuses", TrackingStatus.values());
        model.addAttribute("subStatuses", SubStatus.values());
        model.addAttribute("milestones", Milestone.values());
    }
}
