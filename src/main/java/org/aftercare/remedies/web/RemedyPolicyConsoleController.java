package org.aftercare.remedies.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.remedies.policy.RemedyPolicies;
import org.aftercare.remedies.policy.RemedyPolicy;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compensation policy of a shop in a market: each tier, amount and cap with its default, the
 * shop's override (managers edit, others read) and what is in force; saved like
 * {@code PUT /api/v1/offers/policy/{shop}}.
 */
@Controller
class RemedyPolicyConsoleController {

    private final RemedyPolicies policies;
    private final Shops shops;
    private final AuditLog audit;

    RemedyPolicyConsoleController(RemedyPolicies policies, Shops shops, AuditLog audit) {
        this.policies = policies;
        this.shops = shops;
        this.audit = audit;
    }

    /** One line of the editor: the field, its default, the override as typed and the value in force. */
    record Row(String field, String fallback, String override, String inForce, boolean money) {
    }

    @GetMapping("/offers/policy")
    String show(Actor actor, @RequestParam(required = false) UUID shop, @RequestParam(required = false) String market,
                Model model) {
        List<Shop> visible = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
        model.addAttribute("shops", visible);
        model.addAttribute("canManage", actor.role().canManage());
        Shop s = shop != null ? visibleShop(actor, shop) : visible.isEmpty() ? null : visible.getFirst();
        if (s == null) {
            return "remedies/policy";
        }
        String m = Markets.of(s, market);
        PolicyForm form = model.containsAttribute("form") ? (PolicyForm) model.getAttribute("form")
                : PolicyForm.of(policies.overrides(actor.tenant(), s, m));
        RemedyPolicy defaults = policies.apply(s, m, s.currency(), RemedyPolicies.Overrides.NONE);
        RemedyPolicy inForce = policies.effective(actor.tenant(), s, m, s.currency());
        List<Row> rows = new java.util.ArrayList<>();
        PolicyForm.NUMBERS.forEach(f -> rows.add(row(f, defaults, form, inForce, false)));
        rows.add(row("exchangeFirst", defaults, form, inForce, false));
        PolicyForm.AMOUNTS.forEach(f -> rows.add(row(f, defaults, form, inForce, true)));
        model.addAttribute("shop", s);
        model.addAttribute("market", m);
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        model.addAttribute("currency", s.currency().getCurrencyCode());
        return "remedies/policy";
    }

    private static Row row(String field, RemedyPolicy defaults, PolicyForm form, RemedyPolicy inForce, boolean money) {
        return new Row(field, PolicyForm.shown(defaults, field), form.get(field), PolicyForm.shown(inForce, field), money);
    }

    @PostMapping("/offers/policy")
    String save(Actor actor, @RequestParam UUID shop, @RequestParam(required = false) String market,
                @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        actor.requireManage();
        Shop s = visibleShop(actor, shop);
        String m = Markets.of(s, market);
        PolicyForm form = PolicyForm.from(params);
        try {
            RemedyPolicies.Overrides overrides = form.overrides();
            policies.save(actor.tenant(), s, m, overrides, actor.name());
            audit.record(actor, "remedy.policy", "shop:" + s.id().value() + ":" + m, String.valueOf(overrides));
            redirect.addFlashAttribute("saved", true);
        }
        catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("policyError", invalid.getMessage());
            String message = invalid.getMessage();
            redirect.addFlashAttribute("field", message.indexOf(':') > 0 ? message.substring(0, message.indexOf(':')) : null);
        }
        redirect.addAttribute("shop", s.id().value());
        redirect.addAttribute("market", m);
        return "redirect:/offers/policy";
    }

    private Shop visibleShop(Actor actor, UUID shop) {
        return shops.find(actor.tenant(), new ShopId(shop)).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", new ShopId(shop)));
    }
}
