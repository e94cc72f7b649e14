package org.aftercare.returns.rules;

import java.time.LocalDate;
import java.util.List;

import org.aftercare.returns.ReturnReason;
import org.aftercare.shared.Money;

/**
 * What the rules look at: the market, the order, the returned items, the dates in the market's
 * calendar and the buyer's earlier returns (not rejected, this request excluded).
 *
 * @param deliveredOn null when no delivery is recorded for the order
 */
public record ReturnCase(String market, Money orderValue, List<Item> items, LocalDate deliveredOn,
                         LocalDate requestedOn, int returnsLast90Days, int returnsLast365Days) {

    public ReturnCase {
        items = List.copyOf(items);
    }

    public record Item(String sku, Money unitValue, int quantity, ReturnReason reason) {

        Money value() {
            return unitValue.times(quantity);
        }
    }

    /** The value of the returned items. */
    public Money value() {
        Money total = Money.zero(orderValue.currency());
        for (Item item : items) {
            total = total.plus(item.value());
        }
        return total;
    }

    boolean all(ReturnReason... reasons) {
        return items.stream().allMatch(i -> List.of(reasons).contains(i.reason()));
    }

    boolean any(ReturnReason reason) {
        return items.stream().anyMatch(i -> i.reason() == reason);
    }
}
