package org.aftercare.remedies.policy;

import java.util.ArrayList;
import java.util.List;

import org.aftercare.shared.Money;

/**
 * The limits an offer is checked against before anyone may grant it: per order, per buyer within
 * the cap window, per shop per month (each counting what was granted before, in the offer's
 * currency), and the approval threshold for one offer. Any breach means a manager approves.
 */
public final class Caps {

    private Caps() {
    }

    /** What was granted before in the offer's currency. */
    public record Granted(Money onOrder, Money toBuyer, Money thisMonth) {
    }

    /** One limit an offer goes over, e.g. "CAP_PER_ORDER: 45.00 EUR granted + 10.00 EUR > 50.00 EUR". */
    public record Breach(String cap, String reason) {

        @Override
        public String toString() {
            return cap + ": " + reason;
        }
    }

    public static List<Breach> check(RemedyPolicy policy, Money offer, Granted granted) {
        List<Breach> breaches = new ArrayList<>();
        if (!policy.hasLocalAmounts() || !policy.currency().equals(offer.currency())) {
            breaches.add(new Breach("NO_LOCAL_CAPS", "no caps in " + offer.currency().getCurrencyCode()));
            return breaches;
        }
        if (offer.amount().compareTo(policy.approvalAbove().amount()) > 0) {
            breaches.add(new Breach("ABOVE_THRESHOLD", offer + " > " + policy.approvalAbove()));
        }
        over("CAP_PER_ORDER", granted.onOrder(), offer, policy.capPerOrder(), breaches);
        over("CAP_PER_BUYER", granted.toBuyer(), offer, policy.capPerBuyer(), breaches);
        over("CAP_PER_MONTH", granted.thisMonth(), offer, policy.capPerMonth(), breaches);
        return breaches;
    }

    private static void over(String cap, Money before, Money offer, Money limit, List<Breach> breaches) {
        Money after = before.plus(offer);
        if (after.amount().compareTo(limit.amount()) > 0) {
            breaches.add(new Breach(cap, before + " granted + " + offer + " > " + limit));
        }
    }
}
