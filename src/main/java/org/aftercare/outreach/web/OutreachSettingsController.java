package org.aftercare.outreach.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticePolicy;
import org.aftercare.outreach.NoticeTemplates;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.outreach.notices.SettingsStore;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A shop's outreach settings: what each alert rule does (send, propose, off), the channels in
 * order, quiet hours in the buyer's zone, how many notices a buyer gets a day, fallback languages.
 * Everyone serving the shop may look; managers change them.
 */
@Controller
class OutreachSettingsController {

    private final SettingsStore settings;
    private final Shops shops;

    OutreachSettingsController(SettingsStore settings, Shops shops) {
        this.settings = settings;
        this.shops = shops;
    }

    @GetMapping("/outreach/settings")
    String page(Actor actor, @RequestParam(required = false) UUID shop, Model model) {
        List<Shop> served = served(actor);
        Shop chosen = shop == null ? served.stream().findFirst().orElse(null) : served(actor, shop);
        SettingsForm form = chosen == null ? null : SettingsForm.of(settings.of(actor.tenant(), chosen.id()));
        return render(actor, served, chosen, form, model);
    }

    @PostMapping("/outreach/settings")
    String save(Actor actor, @RequestParam UUID shop, @RequestParam MultiValueMap<String, String> params, Model model,
                RedirectAttributes redirect) {
        actor.requireManage();
        Shop chosen = served(actor, shop);
        SettingsForm form = SettingsForm.from(params);
        try {
            settings.save(actor.tenant(), chosen.id(), form.validated());
        }
        catch (IllegalArgumentException invalid) {
            model.addAttribute("formError", invalid.getMessage());
            return render(actor, served(actor), chosen, form, model);
        }
        redirect.addFlashAttribute("notice", "outreach.settings.saved");
        redirect.addAttribute("shop", shop);
        return "redirect:/outreach/settings";
    }

    private String render(Actor actor, List<Shop> served, Shop chosen, SettingsForm form, Model model) {
        model.addAttribute("shops", served);
        model.addAttribute("shop", chosen);
        model.addAttribute("form", form);
        model.addAttribute("rules", AlertRule.values());
        model.addAttribute("ruleDefaults", OutreachProperties.RULE_DEFAULTS);
        model.addAttribute("policies", NoticePolicy.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("languages", NoticeTemplates.languages());
        model.addAttribute("canManage", actor.role().canManage());
        return "outreach/settings";
    }

    private List<Shop> served(Actor actor) {
        return shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
    }

    private Shop served(Actor actor, UUID shop) {
        return shops.find(actor.tenant(), new ShopId(shop)).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", shop));
    }
}
