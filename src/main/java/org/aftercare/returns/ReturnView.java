package org.aftercare.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;

/**
 * A return request as stored, with its decision and refunds.
 *
 * @param windowLastDay  the last day of the return window in the market's calendar; null without a delivery
 * @param decidedAt      null while the request waits for a person (NEEDS_REVIEW)
 * @param reviewDueAt    when the platform approves the request by itself if nobody answered
 * @param exchange       the exchange owed once an EXCHANGE_PENDING return was received; null otherwise
 */
public record ReturnView(ReturnId id, long number, ShopId shop, OrderId order, String market, String source,
                         String externalId, UUID ticket, String status, String comment, Instant requestedAt,
                         Instant deliveredAt, LocalDate windowLastDay, ReturnAction decision,
                         String decisionRule, String decisionReason, Instant decidedAt, String decidedBy,
                         Instant reviewDueAt, String returnShippingPaidBy, String exchangeWanted, List<Line> lines,
                         List<Refund> refunds, Exchange exchange) {

    public record Line(int lineNo, int orderLineNo, String sku, int quantity, ReturnReason reason, Money unitValue) {
    }

    public record Refund(UUID id, Money amount, String method, String status, Instant createdAt) {
    }

    /**
     * @param status         TO_SHIP (owed, no replacement order yet) or LINKED (the replacement order is known)
     * @param newOrderNumber the replacement order's number once linked
     */
    public record Exchange(UUID id, String wanted, String status, UUID newOrder, String newOrderNumber, Instant linkedAt) {
    }

    public Money value() {
        Money total = Money.zero(lines.getFirst().unitValue().currency());
        for (Line line : lines) {
            total = total.plus(line.unitValue().times(line.quantity()));
        }
        return total;
    }
}
