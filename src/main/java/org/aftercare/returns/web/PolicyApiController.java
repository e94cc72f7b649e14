package org.aftercare.returns.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/returns/policy")
@Tag(name = "Return policy", description = "Each shop's return policy per market, and its text for buyers (R1)")
class PolicyApiController {

    private final ReturnPolicies policies;
    private final Shops shops;
    private final AuditLog audit;

    PolicyApiController(ReturnPolicies policies, Shops shops, AuditLog audit) {
        this.policies = policies;
        this.shops = shops;
        this.audit = audit;
    }

    /** The policy in force and its text for buyers, ready to paste into a shop page or a reply. */
    record PolicyResponse(UUID shop, String market, String language, String title, List<String> paragraphs, String text,
                          Settings settings) {
    }

    /** Money limits in {@code currency}; null when there is none (the rule using it never applies). */
    record Settings(String currency, int windowDays, String refundTiming, String changedMindShippingPaidBy,
                    String minorDefectOffer, int partialRefundPercent, boolean exchangeFirst,
                    List<String> nonReturnableSkuPrefixes, int reviewReturnsIn90Days, int reviewReturnsIn365Days,
                    BigDecimal returnlessUpTo, BigDecimal minorDefectUpTo, BigDecimal changedMindReviewAbove,
                    BigDecimal reviewAbove, boolean customized) {

        static Settings of(ReturnPolicy p) {
            return new Settings(p.currency(), p.windowDays(), p.refundTiming().name(), p.changedMindShippingPaidBy(),
                    p.minorDefectOffer().name(), p.partialRefundPercent(), p.exchangeFirst(), p.nonReturnableSkuPrefixes(),
                    p.reviewReturnsIn90Days(), p.reviewReturnsIn365Days(), amount(p.returnlessUpTo()),
                    amount(p.minorDefectUpTo()), amount(p.changedMindReviewAbove()), amount(p.reviewAbove()), p.customized());
        }

        private static BigDecimal amount(Money money) {
            return money == null ? null : money.amount();
        }
    }

    @GetMapping("/{shop}")
    @Operation(summary = "The shop's return policy as buyers read it",
            description = "language: en, de, fr, it, es or zh (others get English; default: the shop's first buyer language).")
    PolicyResponse get(Actor actor, @PathVariable UUID shop, @RequestParam(required = false) String language,
                       @RequestParam(required = false) String market) {
        Shop s = visibleShop(actor, shop);
        ReturnPolicy policy = policies.effective(actor.tenant(), s, market(s, market));
        PolicyTexts.PolicyText text = PolicyTexts.render(policy, language == null ? s.defaultLanguage() : language);
        return new PolicyResponse(shop, policy.market(), text.language(), text.title(), text.paragraphs(), text.text(),
                Settings.of(policy));
    }

    @PutMapping(path = "/{shop}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the shop's overrides of the return policy defaults (managers)",
            description = "Sent whole: a field left out or null returns to the default. windowDays 14–90.")
    PolicyResponse put(Actor actor, @PathVariable UUID shop, @RequestParam(required = false) String market,
                       @RequestBody ReturnPolicies.Overrides overrides) {
        actor.requireManage();
        Shop s = visibleShop(actor, shop);
        String m = market(s, market);
        ReturnPolicy policy = policies.save(actor.tenant(), s, m, overrides, actor.name());
        audit.record(actor, "return.policy", "shop:" + shop + ":" + m, String.valueOf(overrides));
        PolicyTexts.PolicyText text = PolicyTexts.render(policy, s.defaultLanguage());
        return new PolicyResponse(shop, m, text.language(), text.title(), text.paragraphs(), text.text(), Settings.of(policy));
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

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.naming(e);
    }
}
