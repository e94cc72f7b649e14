package org.aftercare.orders.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.BuyerView;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderPage;

/** An order as the API returns it: plain ids, amounts as decimal + ISO currency. */
record OrderResponse(UUID id, UUID shop, String market, String orderNumber, Instant placedAt, String status,
                     String source, BigDecimal totalAmount, String currency, BuyerResponse buyer,
                     List<LineResponse> lines, Instant createdAt) {

    /** @param masked true when contact data is shown as hints only (the caller may only read) */
    record BuyerResponse(UUID id, String ref, String name, String email, String phone, String country,
                         String language, String timeZone, Instant erasedAt, boolean masked) {

        static BuyerResponse of(BuyerView buyer) {
            return buyer == null ? null : new BuyerResponse(buyer.id().value(), buyer.ref(), buyer.name(),
                    buyer.email(), buyer.phone(), buyer.country(), buyer.language(), buyer.timeZone(),
                    buyer.erasedAt(), buyer.masked());
        }
    }

    record LineResponse(int lineNo, String sku, String title, BigDecimal unitPrice, String currency, int quantity,
                        boolean hotProduct) {
    }

    record Page(List<OrderResponse> orders, int page, int size, boolean hasNext) {

        static Page of(OrderPage page) {
            return new Page(page.orders().stream().map(OrderResponse::of).toList(), page.page(), page.size(),
                    page.hasNext());
        }
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(order.id().value(), order.shop().value(), order.market(), order.orderNumber(),
                order.placedAt(), order.status(), order.source(), order.total().amount(),
                order.total().currency().getCurrencyCode(), BuyerResponse.of(order.buyer()),
                order.lines().stream()
                        .map(l -> new LineResponse(l.lineNo(), l.sku(), l.title(), l.unitPrice().amount(),
                                l.unitPrice().currency().getCurrencyCode(), l.quantity(), l.hotProduct()))
                        .toList(),
                order.createdAt());
    }
}
