package org.aftercare.monitoring.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.AlertThresholds;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rule settings page: the brief's defaults, the tenant's overrides, and a form to change them. */
@Controller
class AlertSettingsConsoleController {

    private final AlertThresholds thresholds;
    private final Shops shops;

    AlertSettingsConsoleController(AlertThresholds thresholds, Shops shops) {
        this.thresholds = thresholds;
        this.shops = shops;
    }

    @GetMapping("/alerts/settings")
    String settings(Actor actor, @RequestParam(required = false) UUID edit, Model model) {
        ThresholdForm form = edit == null ? ThresholdForm.empty() : ThresholdForm.of(thresholds.get(actor, edit));
        return render(actor, form, edit != null, model);
    }

    @PostMapping("/alerts/settings")
    String save(Actor actor, ThresholdForm form, Model model, RedirectAttributes redirect) {
        try {
            thresholds.save(actor, form.toOverride());
        }
        catch (IllegalArgumentException invalid) {
            model.addAttribute("formError", invalid.getMessage());
            return render(actor, form, true, model);
        }
        redirect.addFlashAttribute("notice", "settings.notice.saved");
        return "redirect:/alerts/settings";
    }

    @PostMapping("/alerts/settings/{id}/delete")
    String delete(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        thresholds.delete(actor, id);
        redirect.addFlashAttribute("notice", "settings.notice.deleted");
        return "redirect:/alerts/settings";
    }

    private String render(Actor actor, ThresholdForm form, boolean editing, Model model) {
        List<Shop> all = shops.of(actor.tenant());
        Map<UUID, Shop> byId = all.stream().collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        model.addAttribute("defaults", thresholds.defaults());
        model.addAttribute("overrides", thresholds.overrides(actor));
        model.addAttribute("shopsById", byId);
        model.addAttribute("shops", all);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("rules", AlertRule.values());
        model.addAttribute("canManage", actor.role().canManage());
        return "monitoring/settings";
    }
}
