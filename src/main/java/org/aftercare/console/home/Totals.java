package org.aftercare.console.home;

import java.util.List;

/** The sums over all shops of a tenant, for the summary row above the cards. */
public record Totals(long orders, long ordersLastWeek, long inFlight, long delivered, long exceptions) {

    static Totals of(List<ShopCard> cards) {
        return new Totals(
                cards.stream().mapToLong(ShopCard::orders).sum(),
                cards.stream().mapToLong(ShopCard::ordersLastWeek).sum(),
                cards.stream().mapToLong(ShopCard::inFlight).sum(),
                cards.stream().mapToLong(ShopCard::delivered).sum(),
                cards.stream().mapToLong(ShopCard::exceptions).sum());
    }
}
