package org.aftercare.orders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * An order as stored: its lines, its total and its buyer (kept apart, see {@link BuyerView}).
 *
 * @param market the ISO country of the order's shop, which decides which agents may see it
 */
public record Order(OrderId id, TenantId tenant, ShopId shop, String market, String orderNumber, Instant placedAt,
                    BuyerView buyer, List<Line> lines, Money total, String status, String source, Instant createdAt) {

    public Order {
        lines = List.copyOf(lines);
    }

    /** One line of the order, numbered from 1 in the order it arrived. */
    public record Line(int lineNo, String sku, String title, Money unitPrice, int quantity, boolean hotProduct) {

        NewOrder.Line content() {
            return new NewOrder.Line(sku, title, unitPrice, quantity, hotProduct);
        }
    }

    /**
     * Whether {@code incoming} is this order delivered again: same time, lines and buyer. Lines are
     * compared in any order, as a re-export may sort them differently. Contact data belongs to the
     * buyer, not the order, and is not compared; an erased buyer's ref is not compared either, as
     * erasure may have removed it.
     */
    public boolean sameAs(NewOrder incoming) {
        if (!orderNumber.equals(incoming.orderNumber())
                || !placedAt.equals(incoming.placedAt().truncatedTo(ChronoUnit.MICROS))
                || !counted(lines.stream().map(Line::content)).equals(counted(incoming.lines().stream()))) {
            return false;
        }
        if (buyer != null && buyer.erased()) {
            return true;
        }
        String incomingRef = incoming.buyer() == null ? null : incoming.buyer().ref();
        return Objects.equals(buyer == null ? null : buyer.ref(), incomingRef);
    }

    private static Map<NewOrder.Line, Long> counted(Stream<NewOrder.Line> lines) {
        return lines.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The order as {@code actor} may see it: buyer contact data only for those who work with buyers. */
    public Order seenBy(Actor actor) {
        if (buyer == null || actor.role().canWrite()) {
            return this;
        }
        return new Order(id, tenant, shop, market, orderNumber, placedAt, buyer.withContactMasked(), lines, total, status, source,
                createdAt);
    }

    public boolean hasHotProduct() {
        return lines.stream().anyMatch(Line::hotProduct);
    }
}
