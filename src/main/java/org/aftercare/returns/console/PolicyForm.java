package org.aftercare.returns.console;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.aftercare.returns.RefundTiming;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.policy.ReturnPolicies;

/**
 * The policy editor's form as sent: text fields, blank meaning "the default". Turned into the
 * same {@link ReturnPolicies.Overrides} the PUT API takes; a field that is not a number is named
 * in the error, like the service's own checks.
 */
record PolicyForm(String windowDays, String refundTiming, String changedMindShippingPaidBy, String minorDefectOffer,
                  String partialRefundPercent, String exchangeFirst, String nonReturnableSkuPrefixes,
                  String reviewReturnsIn90Days, String reviewReturnsIn365Days, String returnlessUpTo,
                  String minorDefectUpTo, String changedMindReviewAbove, String reviewAbove) implements java.io.Serializable {

    static PolicyForm of(ReturnPolicies.Overrides o) {
        return new PolicyForm(text(o.windowDays()), text(o.refundTiming()), o.changedMindShippingPaidBy(),
                text(o.minorDefectOffer()), text(o.partialRefundPercent()), text(o.exchangeFirst()),
                o.nonReturnableSkuPrefixes() == null ? null : String.join(", ", o.nonReturnableSkuPrefixes()),
                text(o.reviewReturnsIn90Days()), text(o.reviewReturnsIn365Days()), text(o.returnlessUpTo()),
                text(o.minorDefectUpTo()), text(o.changedMindReviewAbove()), text(o.reviewAbove()));
    }

    ReturnPolicies.Overrides overrides() {
        return new ReturnPolicies.Overrides(
                integer("windowDays", windowDays),
                blank(refundTiming) ? null : choice("refundTiming", () -> RefundTiming.valueOf(refundTiming.strip())),
                blank(changedMindShippingPaidBy) ? null : changedMindShippingPaidBy.strip(),
                blank(minorDefectOffer) ? null : choice("minorDefectOffer", () -> ReturnAction.valueOf(minorDefectOffer.strip())),
                integer("partialRefundPercent", partialRefundPercent),
                blank(exchangeFirst) ? null : Boolean.valueOf(exchangeFirst.strip()),
                blank(nonReturnableSkuPrefixes) ? null : prefixes(),
                integer("reviewReturnsIn90Days", reviewReturnsIn90Days),
                integer("reviewReturnsIn365Days", reviewReturnsIn365Days),
                decimal("returnlessUpTo", returnlessUpTo),
                decimal("minorDefectUpTo", minorDefectUpTo),
                decimal("changedMindReviewAbove", changedMindReviewAbove),
                decimal("reviewAbove", reviewAbove));
    }

    /** Like {@link #overrides()}, for the preview while typing: what cannot be read yet keeps the default. */
    ReturnPolicies.Overrides overridesLeniently() {
        try {
            return overrides();
        }
        catch (IllegalArgumentException unreadable) {
            return ReturnPolicies.Overrides.NONE;
        }
    }

    private List<String> prefixes() {
        return Arrays.stream(nonReturnableSkuPrefixes.split("[,\\s]+")).filter(p -> !p.isBlank()).toList();
    }

    private static Integer integer(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a whole number: " + value.strip());
        }
    }

    private static BigDecimal decimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not an amount: " + value.strip());
        }
    }

    private static <T> T choice(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": not one of the choices");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
