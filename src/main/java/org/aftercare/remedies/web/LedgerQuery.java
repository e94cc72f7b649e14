package org.aftercare.remedies.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.aftercare.remedies.ledger.CostLedger;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;

/**
 * A ledger question: the days (UTC, {@code to} exclusive; the last 90 days by default), the shops
 * the actor serves (or one of them), the grouping and the period buckets.
 */
record LedgerQuery(LocalDate from, LocalDate to, UUID shop, CostLedger.By by, CostLedger.Period period) {

    /** The default span of the ledger page and API. */
    static final int DEFAULT_DAYS = 90;
    /** The longest span one query may cover. */
    static final int MAX_DAYS = 3 * 366;

    static LedgerQuery of(LocalDate from, LocalDate to, UUID shop, CostLedger.By by, CostLedger.Period period, Clock clock) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from: must be before to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new IllegalArgumentException("to: at most " + MAX_DAYS + " days after from");
        }
        return new LedgerQuery(start, end, shop, by == null ? CostLedger.By.PERIOD : by,
                period == null ? CostLedger.Period.DAY : period);
    }

    /** The shops the actor serves, narrowed to {@link #shop} when given. */
    List<UUID> shops(Actor actor, Shops shops) {
        List<UUID> served = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market()))
                .map(Shop::id).map(id -> id.value()).toList();
        if (shop == null) {
            return served;
        }
        if (!served.contains(shop)) {
            throw new IllegalArgumentException("shop: not a shop you serve");
        }
        return List.of(shop);
    }
}
