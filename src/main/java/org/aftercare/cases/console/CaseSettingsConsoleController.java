package org.aftercare.cases.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.cases.CaseChecklists;
import org.aftercare.cases.CaseReason;
import org.aftercare.cases.CaseSettings;
import org.aftercare.cases.CaseType;
import org.aftercare.cases.EvidenceChecklist;
import org.aftercare.cases.ShopCaseSettings;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A shop's case settings in the console: deadline windows, the accept-the-loss threshold and hourly
 * cost, and its evidence checklists — each one the default or the shop's own. Anyone reads; managers
 * change (the services check the role).
 */
@Controller
class CaseSettingsConsoleController {

    private final ShopCaseSettings settings;
    private final CaseChecklists checklists;
    private final Shops shops;

    CaseSettingsConsoleController(ShopCaseSettings settings, CaseChecklists checklists, Shops shops) {
        this.settings = settings;
        this.checklists = checklists;
        this.shops = shops;
    }

    @GetMapping("/cases/settings")
    String show(Actor actor, @RequestParam(required = false) UUID shop, Model model) {
        List<Shop> visible = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
        if (visible.isEmpty()) {
            throw new NotFound("Shop", "any");
        }
        Shop chosen = shop == null ? visible.getFirst()
                : visible.stream().filter(s -> s.id().value().equals(shop)).findFirst().orElseThrow(() -> new NotFound("Shop", shop));
        model.addAttribute("shops", visible);
        model.addAttribute("shop", chosen);
        model.addAttribute("effective", settings.effective(actor.tenant(), chosen));
        model.addAttribute("overrides", settings.overrides(actor.tenant(), chosen.id()));
        model.addAttribute("checklists", checklists.all(actor.tenant(), chosen.id()));
        model.addAttribute("canManage", actor.role().canManage());
        return "cases/settings";
    }

    @PostMapping("/cases/settings/{shop}")
    String save(Actor actor, @PathVariable UUID shop, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            settings.save(actor, new ShopId(shop), new CaseSettings.Overrides(integer(form, "disputeReplyBusinessDays"),
                    integer(form, "appealDays"), integer(form, "carrierClaimDays"), integer(form, "warnBusinessDays"),
                    decimal(form, "acceptLossBelow"), decimal(form, "hourlyCost")));
            redirect.addFlashAttribute("saved", true);
        }
        catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("settingsError", invalid.getMessage());
        }
        return "redirect:/cases/settings?shop=" + shop;
    }

    /** One kind on the checklist form: required, optional or not listed. */
    record KindChoice(EvidenceKind kind, String choice) {
    }

    @GetMapping("/cases/settings/{shop}/{type}/{reason}")
    String checklist(Actor actor, @PathVariable UUID shop, @PathVariable CaseType type, @PathVariable CaseReason reason,
                     Model model) {
        Shop found = shops.find(actor.tenant(), new ShopId(shop)).orElseThrow(() -> new NotFound("Shop", shop));
        EvidenceChecklist checklist = checklists.effective(actor.tenant(), found.id(), type, reason);
        List<KindChoice> kinds = new ArrayList<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            kinds.add(new KindChoice(kind, checklist.required().contains(kind) ? "REQUIRED"
                    : checklist.optional().contains(kind) ? "OPTIONAL" : "NONE"));
        }
        model.addAttribute("shop", found);
        model.addAttribute("checklist", checklist);
        model.addAttribute("kinds", kinds);
        model.addAttribute("canManage", actor.role().canManage());
        return "cases/checklist";
    }

    @PostMapping("/cases/settings/{shop}/{type}/{reason}")
    String saveChecklist(Actor actor, @PathVariable UUID shop, @PathVariable CaseType type, @PathVariable CaseReason reason,
                         @RequestParam Map<String, String> form, @RequestParam(required = false) String reset,
                         RedirectAttributes redirect) {
        try {
            if (reset != null) {
                checklists.reset(actor, new ShopId(shop), type, reason);
            }
            else {
                List<EvidenceKind> required = new ArrayList<>();
                List<EvidenceKind> optional = new ArrayList<>();
                for (EvidenceKind kind : EvidenceKind.values()) {
                    String choice = form.getOrDefault("kind." + kind.name(), "NONE");
                    if (choice.equals("REQUIRED")) {
                        required.add(kind);
                    }
                    else if (choice.equals("OPTIONAL")) {
                        optional.add(kind);
                    }
                }
                checklists.save(actor, new ShopId(shop), type, reason, required, optional);
            }
            redirect.addFlashAttribute("saved", true);
        }
        catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("checklistError", invalid.getMessage());
        }
        return "redirect:/cases/settings/" + shop + "/" + type + "/" + reason;
    }

    private static Integer integer(Map<String, String> form, String field) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a whole number: " + value.strip());
        }
    }

    private static BigDecimal decimal(Map<String, String> form, String field) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a number: " + value.strip());
        }
    }
}
