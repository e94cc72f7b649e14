package org.aftercare.remedies;

import java.math.BigDecimal;

/**
 * What an agent asks for when proposing an offer: nothing (the tiers decide) or a kind with a
 * written reason — an override (D8: priority reship for an urgent gift, a phone apology) —
 * optionally with an amount in the order's currency.
 */
public record OfferRequest(OfferKind kind, BigDecimal amount, String reason) {

    public static final OfferRequest BY_POLICY = new OfferRequest(null, null, null);

    public boolean override() {
        return kind != null;
    }
}
