package org.aftercare.remedies.policy;

import org.aftercare.remedies.OfferKind;
import org.aftercare.shared.Money;

/** What the tier table answers for a delay: an offer with the tier that made it, or none, with the reason. */
public sealed interface TierDecision {

    String reason();

    /**
     * @param tier        the tier's name (LOST, VERY_LATE, LATE), shown with the offer
     * @param alternative what the agent may offer instead, or null
     * @param percent     the share of the item value for a partial refund, else null
     */
    record Remedy(String tier, OfferKind kind, OfferKind alternative, Money amount, Integer percent, String reason)
            implements TierDecision {
    }

    record NoRemedy(String reason) implements TierDecision {
    }
}
