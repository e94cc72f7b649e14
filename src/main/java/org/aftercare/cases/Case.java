package org.aftercare.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * A dispute, claim, appeal or delivered-not-received case about one order (or, for a shop-level
 * appeal, about the shop: {@code order} is null), and its way to an
 * outcome (R11): OPEN → SUBMITTED → APPROVED | PARTIALLY_APPROVED | REJECTED; a rejected case may be
 * submitted again with more evidence; any case not yet decided may be WITHDRAWN. Transitions are
 * checked here and return the changed case; nothing else changes a case's status.
 *
 * @param recovered what the venue paid or refunded, once decided; null before
 * @param venueReason the venue's own words on a rejection or partial approval
 */
public record Case(CaseId id, TenantId tenant, ShopId shop, OrderId order, ShipmentId shipment, long number,
                   CaseType type, CaseReason reason, String market, String carrierCode, String externalRef,
                   CaseStatus status, Priority priority, Money amount, Money recovered, String venueReason,
                   Statement statement, CaseDeadline deadline, Instant warnedAt, Instant escalatedAt, Instant openedAt,
                   String openedBy, Instant submittedAt, Instant closedAt, int version) {

    public enum Priority {
        NORMAL, HIGH, URGENT
    }

    /**
     * The seller's side of the case, for the dossier: the facts, the position and the proposed
     * solution, written in {@code language} (en or zh).
     */
    public record Statement(String facts, String position, String solution, String language) {

        public static final int MAX = 10_000;

        public Statement {
            language = language == null || language.isBlank() ? "en" : language;
            if (!List.of("en", "zh").contains(language)) {
                throw new IllegalArgumentException("language: en or zh");
            }
            check("facts", facts);
            check("position", position);
            check("solution", solution);
        }

        /** Whether the seller has written their side: the facts or the position. */
        public boolean written() {
            return (facts != null && !facts.isBlank()) || (position != null && !position.isBlank());
        }

        private static void check(String field, String text) {
            if (text != null && text.length() > MAX) {
                throw new IllegalArgumentException(field + ": at most " + MAX + " characters");
            }
        }
    }

    /** A platform appeal about the shop as a whole: no order, no shipment. */
    public boolean shopLevel() {
        return order == null;
    }

    public Venue venue() {
        return type.venue();
    }

    /** Sent to the venue: the first time or again after a rejection. */
    public Case submitted(Instant at) {
        if (status != CaseStatus.OPEN && status != CaseStatus.REJECTED) {
            throw new IllegalStateException("Case " + number + " is " + status + "; only an open or rejected case is submitted");
        }
        return with(CaseStatus.SUBMITTED, recovered, venueReason, at, null);
    }

    /**
     * The venue's answer. A rejection keeps the venue's reason (required) and leaves the case open for a
     * resubmission; an approval recovers the amount unless told otherwise; a partial approval says how much.
     */
    public Case decided(CaseStatus outcome, BigDecimal recoveredAmount, String reasonGiven, Instant at) {
        if (status != CaseStatus.SUBMITTED) {
            throw new IllegalStateException("Case " + number + " is " + status + "; only a submitted case gets an outcome");
        }
        String words = reasonGiven == null || reasonGiven.isBlank() ? null : reasonGiven.strip();
        return switch (outcome) {
            case APPROVED -> with(outcome, recoveredAmount == null ? amount : money(recoveredAmount), words, submittedAt, at);
            case PARTIALLY_APPROVED -> {
                if (recoveredAmount == null || recoveredAmount.signum() <= 0 || recoveredAmount.compareTo(amount.amount()) >= 0) {
                    throw new IllegalArgumentException("recovered: a partial approval recovers more than 0 and less than "
                            + amount);
                }
                yield with(outcome, money(recoveredAmount), words, submittedAt, at);
            }
            case REJECTED -> {
                if (words == null) {
                    throw new IllegalArgumentException("venueReason: say why the venue rejected it, for the resubmission");
                }
                yield with(outcome, money(BigDecimal.ZERO), words, submittedAt, null);
            }
            default -> throw new IllegalArgumentException("outcome: APPROVED, PARTIALLY_APPROVED or REJECTED");
        };
    }

    /** The seller stops: before submission, while submitted, or after a rejection. */
    public Case withdrawn(Instant at) {
        if (status.closed()) {
            throw new IllegalStateException("Case " + number + " is already " + status);
        }
        return with(CaseStatus.WITHDRAWN, recovered == null ? money(BigDecimal.ZERO) : recovered, venueReason, submittedAt, at);
    }

    private Case with(CaseStatus newStatus, Money newRecovered, String newReason, Instant newSubmittedAt, Instant newClosedAt) {
        return new Case(id, tenant, shop, order, shipment, number, type, reason, market, carrierCode, externalRef, newStatus,
                priority, amount, newRecovered, newReason, statement, deadline, warnedAt, escalatedAt, openedAt, openedBy,
                newSubmittedAt, newClosedAt, version);
    }

    private Money money(BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("recovered: must not be negative");
        }
        return new Money(value, amount.currency());
    }

    public boolean closed() {
        return status.closed();
    }
}
