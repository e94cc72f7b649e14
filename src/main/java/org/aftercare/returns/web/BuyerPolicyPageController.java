package org.aftercare.returns.web;

import java.util.UUID;

import org.aftercare.returns.ReturnPolicy;
import org.aftercare.returns.policy.PolicyTexts;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The shop's return policy for buyers, public, in their language (R1); linked from shop pages and replies. */
@Controller
class BuyerPolicyPageController {

    private final ReturnPolicies policies;
    private final Shops shops;

    BuyerPolicyPageController(ReturnPolicies policies, Shops shops) {
        this.policies = policies;
        this.shops = shops;
    }

    @GetMapping("/buyer/returns-policy/{shop}")
    String show(@PathVariable UUID shop, @RequestParam(required = false) String lang, Model model) {
        ShopId id = new ShopId(shop);
        Shop s = policies.tenantOfShop(id).flatMap(tenant -> shops.find(tenant, id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReturnPolicy policy = policies.effective(s.tenant(), s);
        PolicyTexts.PolicyText text = PolicyTexts.render(policy, lang == null ? s.defaultLanguage() : lang);
        model.addAttribute("policy", text);
        model.addAttribute("shopName", s.name());
        model.addAttribute("shop", shop);
        model.addAttribute("languages", PolicyTexts.LANGUAGES.stream()
                .map(code -> new String[] {code, PolicyTexts.LANGUAGE_NAMES.get(code)}).toList());
        return "buyer/returns-policy";
    }
}
