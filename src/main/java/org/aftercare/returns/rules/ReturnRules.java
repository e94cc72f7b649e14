package org.aftercare.returns.rules;

import static org.aftercare.returns.ReturnAction.APPROVE_RETURN;
import static org.aftercare.returns.ReturnAction.COUPON;
import static org.aftercare.returns.ReturnAction.EXCHANGE;
import static org.aftercare.returns.ReturnAction.NEEDS_REVIEW;
import static org.aftercare.returns.ReturnAction.REJECT;
import static org.aftercare.returns.ReturnAction.RETURNLESS_REFUND;
import static org.aftercare.returns.ReturnReason.CHANGED_MIND;
import static org.aftercare.returns.ReturnReason.COLOUR_DIFFERENCE;
import static org.aftercare.returns.ReturnReason.OTHER;
import static org.aftercare.returns.ReturnReason.QUALITY_DEFECT;
import static org.aftercare.returns.ReturnReason.SIZE_MISMATCH;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.aftercare.returns.Decision;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnPolicy;
import org.aftercare.shared.Money;

/**
 * The return decision table. Rules are tried in this order; the first whose condition holds makes
 * the decision, with its id and a reason in words. The order is the policy: refusals first, then
 * the flags that need a person, then the cheapest good answer for buyer and seller (exchange where
 * that is the custom, keep a low-value item, a partial refund for a minor defect), then a return.
 * docs/returns.md has the same table; ReturnRulesTests specifies it by example.
 */
public final class ReturnRules {

    /** One named rule: when its condition holds for a case under a policy, it decides. */
    public record Rule(String id, BiPredicate<ReturnCase, ReturnPolicy> when,
                       BiFunction<ReturnCase, ReturnPolicy, Decision> then) {
    }

    public static final List<Rule> ALL = List.of(
            new Rule("NO_DELIVERY_RECORDED",
                    (c, p) -> c.deliveredOn() == null,
                    (c, p) -> Decision.of(NEEDS_REVIEW, "NO_DELIVERY_RECORDED",
                            "No delivery is recorded for the order, so the return window cannot be counted; check the tracking")),
            new Rule("OUTSIDE_WINDOW",
                    (c, p) -> c.requestedOn().isAfter(p.lastDay(c.deliveredOn())),
                    (c, p) -> Decision.of(REJECT, "OUTSIDE_WINDOW",
                            "Requested on %s, after the last day %s of the %d-day window from delivery on %s"
                                    .formatted(c.requestedOn(), p.lastDay(c.deliveredOn()), p.windowDays(), c.deliveredOn()))),
            new Rule("NON_RETURNABLE",
                    (c, p) -> c.items().stream().anyMatch(i -> !i.reason().sellerFault() && p.nonReturnable(i.sku())),
                    (c, p) -> Decision.of(REJECT, "NON_RETURNABLE",
                            "%s is not returnable for %s (the shop's non-returnable items); a fault of the seller would be"
                                    .formatted(firstNonReturnable(c, p).sku(), firstNonReturnable(c, p).reason()))),
            new Rule("FREQUENT_RETURNER",
                    (c, p) -> c.returnsLast90Days() >= p.reviewReturnsIn90Days()
                            || c.returnsLast365Days() >= p.reviewReturnsIn365Days(),
                    (c, p) -> Decision.of(NEEDS_REVIEW, "FREQUENT_RETURNER",
                            "The buyer returned %d times in 90 days and %d times in 365 days (review from %d or %d)"
                                    .formatted(c.returnsLast90Days(), c.returnsLast365Days(), p.reviewReturnsIn90Days(),
                                            p.reviewReturnsIn365Days()))),
            new Rule("HIGH_VALUE_CHANGED_MIND",
                    (c, p) -> c.any(CHANGED_MIND) && above(c.value(), p.changedMindReviewAbove()),
                    (c, p) -> Decision.of(NEEDS_REVIEW, "HIGH_VALUE_CHANGED_MIND",
                            "A changed-mind return worth %s, above %s".formatted(c.value(), p.changedMindReviewAbove()))),
            new Rule("HIGH_VALUE",
                    (c, p) -> above(c.value(), p.reviewAbove()),
                    (c, p) -> Decision.of(NEEDS_REVIEW, "HIGH_VALUE",
                            "A return worth %s, above %s".formatted(c.value(), p.reviewAbove()))),
            new Rule("UNCLEAR_REASON",
                    (c, p) -> c.any(OTHER),
                    (c, p) -> Decision.of(NEEDS_REVIEW, "UNCLEAR_REASON",
                            "The reason is \"other\": read the buyer's comment and photos")),
            new Rule("EXCHANGE_FIRST",
                    (c, p) -> p.exchangeFirst() && c.all(SIZE_MISMATCH, COLOUR_DIFFERENCE),
                    (c, p) -> Decision.of(EXCHANGE, "EXCHANGE_FIRST",
                            "In %s a size or colour problem is answered with an exchange first".formatted(c.market()))),
            new Rule("MINOR_DEFECT_KEEP_ITEM",
                    (c, p) -> c.all(COLOUR_DIFFERENCE) || (c.all(COLOUR_DIFFERENCE, QUALITY_DEFECT)
                            && atMost(c.value(), p.minorDefectUpTo())),
                    (c, p) -> minorDefect(c, p)),
            new Rule("LOW_VALUE_KEEP_ITEM",
                    (c, p) -> !c.any(CHANGED_MIND) && atMost(c.value(), p.returnlessUpTo()),
                    (c, p) -> new Decision(RETURNLESS_REFUND, "LOW_VALUE_KEEP_ITEM",
                            "Worth %s, at most %s: cheaper to refund and let the buyer keep the item than to ship it back"
                                    .formatted(c.value(), p.returnlessUpTo()), c.value())),
            new Rule("SELLER_FAULT_RETURN",
                    (c, p) -> c.items().stream().anyMatch(i -> i.reason().sellerFault()),
                    (c, p) -> Decision.of(APPROVE_RETURN, "SELLER_FAULT_RETURN",
                            "The seller's fault: return approved, the seller pays the return shipping")),
            new Rule("BUYER_CHOICE_RETURN",
                    (c, p) -> true,
                    (c, p) -> Decision.of(APPROVE_RETURN, "BUYER_CHOICE_RETURN",
                            "Within the window: return approved, return shipping paid by the "
                                    + p.changedMindShippingPaidBy().toLowerCase())));

    private ReturnRules() {
    }

    /** The first rule that holds decides. */
    public static Decision decide(ReturnCase returnCase, ReturnPolicy policy) {
        for (Rule rule : ALL) {
            if (rule.when().test(returnCase, policy)) {
                return rule.then().apply(returnCase, policy);
            }
        }
        throw new IllegalStateException("The last rule always holds");
    }

    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }

    private static Decision minorDefect(ReturnCase c, ReturnPolicy p) {
        ReturnAction offer = p.minorDefectOffer() == COUPON ? COUPON : ReturnAction.PARTIAL_REFUND;
        Money amount = new Money(c.value().amount().multiply(BigDecimal.valueOf(p.partialRefundPercent()))
                .movePointLeft(2), c.value().currency());
        return new Decision(offer, "MINOR_DEFECT_KEEP_ITEM",
                "A minor defect: the buyer keeps the item with %s %s (%d%%)".formatted(
                        offer == COUPON ? "a coupon of" : "a refund of", amount, p.partialRefundPercent()), amount);
    }

    private static ReturnCase.Item firstNonReturnable(ReturnCase c, ReturnPolicy p) {
        return c.items().stream().filter(i -> !i.reason().sellerFault() && p.nonReturnable(i.sku())).findFirst().orElseThrow();
    }

    private static boolean above(Money value, Money limit) {
        return limit != null && value.amount().compareTo(limit.amount()) > 0;
    }

    private static boolean atMost(Money value, Money limit) {
        return limit != null && value.amount().compareTo(limit.amount()) <= 0;
    }
}
