package org.aftercare.remedies.web;

import java.util.UUID;

import org.aftercare.remedies.policy.RemedyPolicies;
import org.aftercare.remedies.policy.RemedyPolicy;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
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
@RequestMapping("/api/v1/offers/policy")
@Tag(name = "Offer policy", description = "Compensation tiers, caps and approval threshold per shop and market")
class RemedyPolicyApiController {

    private final RemedyPolicies policies;
    private final Shops shops;
    private final AuditLog audit;

    RemedyPolicyApiController(RemedyPolicies policies, Shops shops, AuditLog audit) {
        this.policies = policies;
        this.shops = shops;
        this.audit = audit;
    }

    /** The policy in force and the shop's overrides (null = default). */
    record PolicyBody(RemedyPolicy inForce, RemedyPolicies.Overrides overrides) {
    }

    @GetMapping("/{shop}")
    @Operation(summary = "The policy in force for a shop and market (default: the shop's), and its overrides")
    PolicyBody get(Actor actor, @PathVariable UUID shop, @RequestParam(required = false) String market) {
        Shop s = shop(actor, shop);
        String m = Markets.of(s, market);
        return new PolicyBody(policies.effective(actor.tenant(), s, m, s.currency()), policies.overrides(actor.tenant(), s, m));
    }

    @PutMapping("/{shop}")
    @Operation(summary = "Replace a shop's overrides for a market (managers)",
            description = "Sent whole: a field left out returns to the default. Money in the shop's currency. 400 naming the field.")
    PolicyBody put(Actor actor, @PathVariable UUID shop, @RequestParam(required = false) String market,
                   @RequestBody RemedyPolicies.Overrides overrides) {
        actor.requireManage();
        Shop s = shop(actor, shop);
        String m = Markets.of(s, market);
        RemedyPolicies.Overrides o = overrides == null ? RemedyPolicies.Overrides.NONE : overrides;
        RemedyPolicy saved = policies.save(actor.tenant(), s, m, o, actor.name());
        audit.record(actor, "remedy.policy", "shop:" + s.id().value() + ":" + m, String.valueOf(o));
        return new PolicyBody(saved, o);
    }

    private Shop shop(Actor actor, UUID shop) {
        return shops.find(actor.tenant(), new ShopId(shop)).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", new ShopId(shop)));
    }
}
