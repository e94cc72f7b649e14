package org.aftercare.tenancy;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * A TikTok Shop storefront in one market: the market's currency, the zone its business day runs
 * in and the languages its buyers write in (first = default).
 */
public record Shop(ShopId id, TenantId tenant, String name, String platformShopId, String market,
                   Currency currency, ZoneId zone, List<String> buyerLanguages, String businessHours) {

    public String defaultLanguage() {
        return buyerLanguages.isEmpty() ? "en" : buyerLanguages.getFirst();
    }
}
