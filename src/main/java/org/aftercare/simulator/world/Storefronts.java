package org.aftercare.simulator.world;

import java.util.List;

import org.aftercare.tenancy.Shops.NewShop;

/** A seller's TikTok Shop storefronts, one per market, shaped like the markets they sell in. */
public final class Storefronts {

    private Storefronts() {
    }

    public static List<NewShop> of(String seller, List<String> countries) {
        return countries.stream().map(Markets::of).map(market -> shop(seller, market)).toList();
    }

    public static List<NewShop> inAllMarkets(String seller) {
        return Markets.ALL.stream().map(market -> shop(seller, market)).toList();
    }

    private static NewShop shop(String seller, Market market) {
        String platformShopId = (seller.replaceAll("[^A-Za-z]", "") + "-" + market.country()).toUpperCase();
        return new NewShop(seller + " " + market.country(), platformShopId, market.country(), market.currency(),
                market.zone().getId(), market.languages(), "Mon-Fri 09:00-18:00");
    }
}
