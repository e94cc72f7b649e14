package org.aftercare.remedies;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * An offer to a buyer about one order, and its life. Transitions are guarded: only an open offer
 * is granted, declined or expires; one that needs approval is granted by a manager only.
 *
 * @param alert          the alert that proposed it, null when an agent did
 * @param tier           the tier that made it (LOST, VERY_LATE, LATE) or OVERRIDE
 * @param alternative    what may be offered instead, or null
 * @param percent        the share of the item value for a partial refund, else null
 * @param daysLate       days late (or expected late) when proposed, null when unknown
 * @param reason         why: the tier's reason, or the agent's written reason for an override
 * @param approvalNeeded the caps or threshold it breached ("CAP_PER_ORDER: …"), empty when none
 * @param decisionNote   the reason given when declined, or the approval note
 */
public record Offer(OfferId id, TenantId tenant, ShopId shop, String market, OrderId order, String orderNumber,
                    UUID buyer, UUID alert, UUID shipment, String carrierCode, String tier, OfferKind kind,
                    OfferKind alternative, Money amount, Integer percent, Integer daysLate, boolean lost, String reason,
                    boolean override, OfferState state, List<String> approvalNeeded, String proposedBy,
                    Instant proposedAt, Instant expiresAt, String decidedBy, Instant decidedAt, String decisionNote) {

    public Offer {
        approvalNeeded = approvalNeeded == null ? List.of() : List.copyOf(approvalNeeded);
    }

    public OfferSummary summary() {
        return new OfferSummary(id, kind, amount, percent, state);
    }

    /** Whether a person with only write rights may grant it (no approval needed). */
    public boolean grantableByAgent() {
        return state == OfferState.PROPOSED;
    }

    Offer needingApproval(List<String> breaches) {
        requireOpen("grant");
        return with(OfferState.APPROVAL_REQUIRED, breaches, null, null, null);
    }

    Offer granted(String by, Instant at, String note) {
        requireOpen("grant");
        return with(OfferState.GRANTED, approvalNeeded, by, at, note);
    }

    Offer declined(String by, Instant at, String why) {
        requireOpen("decline");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("reason: a declined offer needs a reason");
        }
        return with(OfferState.DECLINED, approvalNeeded, by, at, why.strip());
    }

    private void requireOpen(String action) {
        if (!state.open()) {
            throw new IllegalStateException("Offer " + id + " is " + state + ": cannot " + action);
        }
    }

    private Offer with(OfferState next, List<String> breaches, String by, Instant at, String note) {
        return new Offer(id, tenant, shop, market, order, orderNumber, buyer, alert, shipment, carrierCode, tier, kind,
                alternative, amount, percent, daysLate, lost, reason, override, next, breaches, proposedBy, proposedAt,
                expiresAt, by, at, note);
    }
}
