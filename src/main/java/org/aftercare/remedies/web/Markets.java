package org.aftercare.remedies.web;

import org.aftercare.tenancy.Shop;

/** The market a policy request is about: the shop's own unless an ISO country is given. */
final class Markets {

    private Markets() {
    }

    static String of(Shop shop, String market) {
        if (market == null || market.isBlank()) {
            return shop.market();
        }
        if (!market.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("market: not an ISO 3166 country code");
        }
        return market.strip().toUpperCase();
    }
}
