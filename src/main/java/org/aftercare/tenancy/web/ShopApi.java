package org.aftercare.tenancy.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** The shops of the caller's tenant. */
@RestController
@RequestMapping("/api/v1/shops")
class ShopApi {

    private final Shops shops;
    private final AuditLog audit;

    ShopApi(Shops shops, AuditLog audit) {
        this.shops = shops;
        this.audit = audit;
    }

    record ShopView(UUID id, String name, String platformShopId, String market, String currency, String timeZone,
                    List<String> buyerLanguages, String businessHours) {

        static ShopView of(Shop shop) {
            return new ShopView(shop.id().value(), shop.name(), shop.platformShopId(), shop.market(),
                    shop.currency().getCurrencyCode(), shop.zone().getId(), shop.buyerLanguages(), shop.businessHours());
        }
    }

    record CreateShop(@NotBlank String name,
                      String platformShopId,
                      @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String market,
                      @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") String currency,
                      @NotBlank String timeZone,
                      @NotEmpty List<@Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as de") String> buyerLanguages,
                      @Pattern(regexp = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)-(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{2}:\\d{2}-\\d{2}:\\d{2}",
                              message = "must read like 'Mon-Fri 09:00-18:00'") String businessHours) {
    }

    @GetMapping
    List<ShopView> list(Actor actor) {
        return shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).map(ShopView::of).toList();
    }

    @GetMapping("/{id}")
    ShopView get(Actor actor, @PathVariable UUID id) {
        return shops.find(actor.tenant(), new ShopId(id))
                .filter(s -> actor.serves(s.market()))
                .map(ShopView::of)
                .orElseThrow(() -> new NotFound("Shop", id));
    }

    @PostMapping
    ResponseEntity<ShopView> create(Actor actor, @Valid @RequestBody CreateShop request) {
        actor.requireManage();
        requireKnown(request);
        Shop shop = shops.create(actor.tenant(), new Shops.NewShop(request.name(), request.platformShopId(),
                request.market(), request.currency(), request.timeZone(), request.buyerLanguages(), request.businessHours()));
        audit.record(actor, "shop.created", shop.id().toString(), shop.name());
        return ResponseEntity.created(URI.create("/api/v1/shops/" + shop.id())).body(ShopView.of(shop));
    }

    private static void requireKnown(CreateShop request) {
        if (!List.of(Locale.getISOCountries()).contains(request.market())) {
            throw new IllegalArgumentException("market: unknown country " + request.market());
        }
        try {
            Currency.getInstance(request.currency());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: unknown currency " + request.currency());
        }
        try {
            ZoneId.of(request.timeZone());
        }
        catch (RuntimeException e) {
            throw new IllegalArgumentException("timeZone: unknown time zone " + request.timeZone());
        }
    }
}
