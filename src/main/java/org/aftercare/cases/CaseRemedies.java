package org.aftercare.cases;

import java.util.List;

import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferRequest;
import org.aftercare.remedies.Offers;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Service;

/**
 * The last step of a delivered-not-received case: once the delivery proof, the carrier's
 * investigation and the buyer's statement are in, the buyer is reshipped or refunded. The offer is
 * proposed through remedies (its caps and approvals apply) with the agent's reason, and the case's
 * history names it.
 */
@Service
public class CaseRemedies {

    /** What a delivered-not-received case may end in. */
    public static final List<OfferKind> KINDS = List.of(OfferKind.RESHIP, OfferKind.PRIORITY_RESHIP, OfferKind.FULL_REFUND);

    private final Cases cases;
    private final Offers offers;

    CaseRemedies(Cases cases, Offers offers) {
        this.cases = cases;
        this.offers = offers;
    }

    public Offer propose(Actor actor, CaseId id, OfferKind kind, String reason) {
        actor.requireWrite();
        Case c = cases.get(actor, id);
        if (c.type() != CaseType.DELIVERED_NOT_RECEIVED) {
            throw new IllegalArgumentException("type: only a delivered-not-received case ends in a reship or refund here");
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind: one of " + KINDS);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why, for the buyer's record and the approval");
        }
        if (c.closed()) {
            throw new IllegalStateException("Case " + c.number() + " is already " + c.status());
        }
        Offer offer = offers.propose(actor, c.order(), new OfferRequest(kind, null,
                "Case " + c.number() + " (delivered, not received): " + reason.strip()));
        cases.event(actor, id, "REMEDY_PROPOSED", kind + " " + offer.amount() + " (offer " + offer.id() + ", "
                + offer.state() + "): " + reason.strip());
        return offer;
    }
}
