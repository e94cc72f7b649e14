package org.aftercare.remedies.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.remedies.policy.RemedyPolicies;
import org.aftercare.remedies.policy.RemedyPolicy;
import org.aftercare.shared.Money;

/**
 * The policy editor's fields as typed, blank meaning "the default", turned into the same
 * {@link RemedyPolicies.Overrides} the PUT API takes; a field that is not a number is named.
 */
record PolicyForm(Map<String, String> values) implements java.io.Serializable {

    /** The whole-number fields, in the order the editor shows them. */
    static final List<String> NUMBERS = List.of("couponFromDaysLate", "partialRefundAfterDaysLate", "partialRefundPercent",
            "buyerCapDays");
    /** The money fields, in the shop's currency. */
    static final List<String> AMOUNTS = List.of("coupon", "upgradedShipping", "refundLostUpTo", "capPerOrder", "capPerBuyer",
            "capPerMonth", "approvalAbove");

    static PolicyForm of(RemedyPolicies.Overrides o) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("couponFromDaysLate", text(o.couponFromDaysLate()));
        v.put("partialRefundAfterDaysLate", text(o.partialRefundAfterDaysLate()));
        v.put("partialRefundPercent", text(o.partialRefundPercent()));
        v.put("buyerCapDays", text(o.buyerCapDays()));
        v.put("exchangeFirst", text(o.exchangeFirst()));
        v.put("coupon", text(o.coupon()));
        v.put("upgradedShipping", text(o.upgradedShipping()));
        v.put("refundLostUpTo", text(o.refundLostUpTo()));
        v.put("capPerOrder", text(o.capPerOrder()));
        v.put("capPerBuyer", text(o.capPerBuyer()));
        v.put("capPerMonth", text(o.capPerMonth()));
        v.put("approvalAbove", text(o.approvalAbove()));
        return new PolicyForm(v);
    }

    static PolicyForm from(Map<String, String> params) {
        Map<String, String> v = new LinkedHashMap<>();
        NUMBERS.forEach(f -> v.put(f, params.get(f)));
        v.put("exchangeFirst", params.get("exchangeFirst"));
        AMOUNTS.forEach(f -> v.put(f, params.get(f)));
        return new PolicyForm(v);
    }

    String get(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    RemedyPolicies.Overrides overrides() {
        String exchange = values.get("exchangeFirst");
        return new RemedyPolicies.Overrides(integer("couponFromDaysLate"), integer("partialRefundAfterDaysLate"),
                integer("partialRefundPercent"), blank(exchange) ? null : Boolean.valueOf(exchange.strip()),
                integer("buyerCapDays"), decimal("coupon"), decimal("upgradedShipping"), decimal("refundLostUpTo"),
                decimal("capPerOrder"), decimal("capPerBuyer"), decimal("capPerMonth"), decimal("approvalAbove"));
    }

    /** A field's value in a policy, as the editor shows it (default and in force columns). */
    static String shown(RemedyPolicy p, String field) {
        Object value = switch (field) {
            case "couponFromDaysLate" -> p.couponFromDaysLate();
            case "partialRefundAfterDaysLate" -> p.partialRefundAfterDaysLate();
            case "partialRefundPercent" -> p.partialRefundPercent();
            case "buyerCapDays" -> p.buyerCapDays();
            case "exchangeFirst" -> p.exchangeFirst();
            case "coupon" -> p.coupon();
            case "upgradedShipping" -> p.upgradedShipping();
            case "refundLostUpTo" -> p.refundLostUpTo();
            case "capPerOrder" -> p.capPerOrder();
            case "capPerBuyer" -> p.capPerBuyer();
            case "capPerMonth" -> p.capPerMonth();
            case "approvalAbove" -> p.approvalAbove();
            default -> throw new IllegalArgumentException(field + ": not a policy field");
        };
        if (value instanceof Money m) {
            return m.amount().toPlainString();
        }
        return value == null ? "-" : value.toString();
    }

    private Integer integer(String field) {
        String value = values.get(field);
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

    private BigDecimal decimal(String field) {
        String value = values.get(field);
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
