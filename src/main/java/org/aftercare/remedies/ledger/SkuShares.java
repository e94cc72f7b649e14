package org.aftercare.remedies.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.orders.Order;
import org.aftercare.shared.Money;

/**
 * An amount split over an order's SKUs by their value, so the ledger can say what delays cost per
 * SKU. Rounded to the currency's minor units; the last SKU takes the remainder, so the shares
 * always add up to the amount.
 */
final class SkuShares {

    /** The SKU of an order with no lines. */
    static final String NO_SKU = "-";

    private SkuShares() {
    }

    record Share(String sku, Money amount) {
    }

    static List<Share> of(Money amount, Order order) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Order.Line line : order.lines()) {
            values.merge(line.sku(), line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())), BigDecimal::add);
        }
        BigDecimal total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (values.isEmpty() || total.signum() == 0) {
            String sku = values.isEmpty() ? NO_SKU : values.keySet().iterator().next();
            return List.of(new Share(sku, amount));
        }
        int digits = Math.max(amount.currency().getDefaultFractionDigits(), 0);
        List<Share> shares = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            BigDecimal share = ++i == values.size()
                    ? amount.amount().subtract(given)
                    : amount.amount().multiply(e.getValue()).divide(total, digits, RoundingMode.HALF_EVEN);
            given = given.add(share);
            shares.add(new Share(e.getKey(), new Money(share, amount.currency())));
        }
        return shares;
    }
}
