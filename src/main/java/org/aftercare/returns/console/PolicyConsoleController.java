package org.aftercare.returns.console;

import java.util.List;
import java.util.UUID;

import org.aftercare.returns.RefundTiming;
import org.aftercare.returns.ReturnPolicy;
import org.aftercare.returns.policy.PolicyTexts;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.shared.Money;
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
 * The return policy of a shop in a market: what is in force, the shop's overrides (managers edit,
 * others read) saved through {@link ReturnPolicies#save} like {@code PUT /api/v1/returns/policy},
 * and next to it the buyer-facing text in a chosen language, re-rendered as the form changes.
 */
@Controller
class PolicyConsoleController {

    private final ReturnPolicies policies;
    private final Shops shops;
    private final AuditLog audit;

    PolicyConsoleController(ReturnPolicies policies, Shops shops, AuditLog audit) {
        this.policies = policies;
        this.shops = shops;
        this.audit = audit;
    }

    @GetMapping("/returns/policy")
    String show(Actor actor, @RequestParam(required = false) UUID shop, @RequestParam(required = false) String market,
                @RequestParam(required = false) String language, Model model) {
        List<Shop> visible = visibleShops(actor);
        model.addAttribute("shops", visible);
        model.addAttribute("canManage", actor.role().canManage());
        Shop s = shop != null ? visibleShop(actor, shop) : visible.isEmpty() ? null : visible.getFirst();
        if (s == null) {
            return "returns/policy";
        }
        String m = market(s, market);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PolicyForm.of(policies.overrides(actor.tenant(), s, m)));
        }
        PolicyForm form = (PolicyForm) model.getAttribute("form");
        String lang = PolicyTexts.supported(language == null ? s.defaultLanguage() : language);
        ReturnPolicy saved = policies.effective(actor.tenant(), s, m);
        ReturnPolicy previewed = policies.apply(s, m, form.overridesLeniently());
        model.addAttribute("shop", s);
        model.addAttribute("market", m);
        model.addAttribute("policy", saved);
        model.addAttribute("defaults", policies.apply(s, m, ReturnPolicies.Overrides.NONE));
        model.addAttribute("language", lang);
        model.addAttribute("languages", PolicyTexts.LANGUAGES);
        model.addAttribute("text", PolicyTexts.render(previewed, lang));
        model.addAttribute("timings", RefundTiming.values());
        model.addAttribute("payers", List.of("BUYER", "SELLER"));
        model.addAttribute("offers", List.of("PARTIAL_REFUND", "COUPON"));
        ReturnPolicy defaults = policies.apply(s, m, ReturnPolicies.Overrides.NONE);
        model.addAttribute("moneyRows", List.of(
                MoneyRow.of("returnlessUpTo", defaults.returnlessUpTo(), form.returnlessUpTo(), saved.returnlessUpTo()),
                MoneyRow.of("minorDefectUpTo", defaults.minorDefectUpTo(), form.minorDefectUpTo(), saved.minorDefectUpTo()),
                MoneyRow.of("changedMindReviewAbove", defaults.changedMindReviewAbove(), form.changedMindReviewAbove(),
                        saved.changedMindReviewAbove()),
                MoneyRow.of("reviewAbove", defaults.reviewAbove(), form.reviewAbove(), saved.reviewAbove())));
        return "returns/policy";
    }

    /** A money limit of the policy in the market's currency: the default, the shop's override as typed, in force. */
    record MoneyRow(String name, String fallback, String override, String inForce) {

        static MoneyRow of(String name, Money fallback, String override, Money inForce) {
            return new MoneyRow(name, amount(fallback), override, amount(inForce));
        }

        private static String amount(Money money) {
            return money == null ? null : money.amount().toPlainString();
        }
    }

    /** The buyer-facing text for the form as it stands, not saved: the htmx preview. */
    @GetMapping("/returns/policy/preview")
    String preview(Actor actor, @RequestParam UUID shop, @RequestParam(required = false) String market,
                   @RequestParam(required = false) String language, PolicyForm form, Model model) {
        Shop s = visibleShop(actor, shop);
        String m = market(s, market);
        String lang = PolicyTexts.supported(language == null ? s.defaultLanguage() : language);
        model.addAttribute("shop", s);
        model.addAttribute("language", lang);
        ReturnPolicy previewed = actor.role().canManage()
                ? policies.apply(s, m, form.overridesLeniently())
                : policies.effective(actor.tenant(), s, m);
        model.addAttribute("text", PolicyTexts.render(previewed, lang));
        return "returns/policy :: preview";
    }

    @PostMapping("/returns/policy")
    String save(Actor actor, @RequestParam UUID shop, @RequestParam(required = false) String market,
                @RequestParam(required = false) String language, PolicyForm form, RedirectAttributes redirect) {
        actor.requireManage();
        Shop s = visibleShop(actor, shop);
        String m = market(s, market);
        try {
            ReturnPolicies.Overrides overrides = form.overrides();
            policies.save(actor.tenant(), s, m, overrides, actor.name());
            audit.record(actor, "return.policy", "shop:" + s.id().value() + ":" + m, String.valueOf(overrides));
            redirect.addFlashAttribute("saved", true);
        }
        catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("policyError", invalid.getMessage());
            redirect.addFlashAttribute("field", ReturnsConsoleController.field(invalid.getMessage()));
        }
        redirect.addAttribute("shop", s.id().value());
        redirect.addAttribute("market", m);
        if (language != null) {
            redirect.addAttribute("language", language);
        }
        return "redirect:/returns/policy";
    }

    private List<Shop> visibleShops(Actor actor) {
        return shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
    }

    private Shop visibleShop(Actor actor, UUID shop) {
        return shops.find(actor.tenant(), new ShopId(shop))
                .filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", new ShopId(shop)));
    }

    private static String market(Shop shop, String market) {
        if (market == null || market.isBlank()) {
            return shop.market();
        }
        if (!market.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("market: not an ISO 3166 country code");
        }
        return market.strip().toUpperCase();
    }
}
