package org.aftercare.desk.scripts;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.CustomScript;
import org.aftercare.desk.Intent;
import org.aftercare.desk.RenderedScript;
import org.aftercare.desk.ScriptContext;
import org.aftercare.desk.ScriptDraft;
import org.aftercare.desk.ScriptSuggestion;
import org.aftercare.desk.Scripts;
import org.aftercare.shared.Money;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reply scripts over the API: suggestions per intent, rendering for one order, and a manager's own scripts. */
@RestController
@RequestMapping(path = "/api/v1/desk/scripts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Desk scripts", description = "Reply scripts in the buyer's language, filled from the order")
class ScriptApiController {

    private final Scripts scripts;
    private final Shops shops;

    ScriptApiController(Scripts scripts, Shops shops) {
        this.scripts = scripts;
        this.shops = shops;
    }

    @GetMapping
    @Operation(summary = "Scripts for an intent (or all scripts without one)",
            description = "Each script comes in the first language it has along the chain language → the shop's "
                    + "default language (with shop=) → en; the tenant's own text wins over the built-in one.")
    List<ScriptSuggestion> list(Actor actor, @RequestParam(required = false) Intent intent,
                                @RequestParam(required = false) String language,
                                @RequestParam(required = false) UUID shop) {
        String shopLanguage = shop == null ? null : shop(actor, shop).defaultLanguage();
        return intent == null ? scripts.all(actor.tenant(), language, shopLanguage)
                : scripts.suggest(actor.tenant(), intent, language, shopLanguage);
    }

    record RenderRequest(String buyerName, String orderNumber, String items, String status, String carrier,
                         String trackingLink, String lastLocation, Instant etaFrom, Instant etaTo,
                         Integer nextUpdateDays, BigDecimal couponAmount, String couponCurrency,
                         Integer refundDaysFrom, Integer refundDaysTo, String market, String zone, UUID shop) {
    }

    @PostMapping(path = "/{id}/render", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fill a script for one buyer",
            description = "All values are optional. With shop= the shop's market, zone and default language are used "
                    + "where the body leaves them out. Variables the text needs but the body lacks are listed in "
                    + "'missing' and show as [variable] in the text.")
    RenderedScript render(Actor actor, @PathVariable String id, @RequestParam(required = false) String language,
                          @RequestBody(required = false) RenderRequest body) {
        RenderRequest r = body == null ? new RenderRequest(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null) : body;
        Shop shop = r.shop() == null ? null : shop(actor, r.shop());
        Money coupon = null;
        if (r.couponAmount() != null) {
            if (r.couponCurrency() == null) {
                throw new IllegalArgumentException("couponCurrency: required with couponAmount");
            }
            try {
                coupon = Money.of(r.couponAmount(), r.couponCurrency());
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("couponCurrency: not an ISO 4217 code: " + r.couponCurrency());
            }
        }
        ZoneId zone = r.zone() != null ? zone(r.zone()) : shop == null ? null : shop.zone();
        String market = r.market() != null ? r.market() : shop == null ? null : shop.market();
        ScriptContext context = new ScriptContext(r.buyerName(), r.orderNumber(), r.items(), r.status(), r.carrier(),
                r.trackingLink(), r.lastLocation(), r.etaFrom(), r.etaTo(), r.nextUpdateDays(), coupon,
                r.refundDaysFrom(), r.refundDaysTo(), market, zone, shop == null ? null : shop.defaultLanguage());
        return scripts.render(actor.tenant(), id, language, context);
    }

    record CreateRequest(String id, String title, List<Intent> intents, java.util.Map<String, String> texts) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create the tenant's own script (managers)",
            description = "texts maps buyer languages (en, de, fr, it, es, zh) to ICU MessageFormat text. Each text is "
                    + "checked before saving: unknown variables and broken syntax are refused with line and column, and "
                    + "every text must render for a sample order. Using a built-in id overrides that script.")
    ResponseEntity<CustomScript> create(Actor actor, @RequestBody CreateRequest request) {
        actor.requireManage();
        CustomScript saved = scripts.create(actor.tenant(), request.id(),
                new ScriptDraft(request.title(), request.intents(), request.texts()), actor.name());
        return ResponseEntity.created(URI.create("/api/v1/desk/scripts/" + saved.id() + "/versions")).body(saved);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the next version of a script (managers)")
    CustomScript update(Actor actor, @PathVariable String id, @RequestBody ScriptDraft draft) {
        actor.requireManage();
        return scripts.update(actor.tenant(), id, draft, actor.name());
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The tenant's saved versions of a script, newest first")
    List<CustomScript> versions(Actor actor, @PathVariable String id) {
        return scripts.versions(actor.tenant(), id);
    }

    private Shop shop(Actor actor, UUID id) {
        return shops.find(actor.tenant(), new ShopId(id)).orElseThrow(() -> new NotFound("Shop", id));
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        }
        catch (DateTimeException e) {
            throw new IllegalArgumentException("zone: not a time zone: " + zone);
        }
    }
}
