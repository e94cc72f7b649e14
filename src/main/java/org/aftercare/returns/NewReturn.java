package org.aftercare.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.ShopId;

/**
 * A return request as it arrives from the API, the desk or the platform.
 *
 * @param order          the order, or null when {@code orderNumber} names it
 * @param source         TIKTOK_SHOP, API or DESK
 * @param externalId     the sender's id of the request (the platform's return id); a request sent
 *                       again with the same source and id is the same request
 * @param ticket         the desk ticket it came from, if any
 * @param requestedAt    when the buyer asked; now when null
 * @param refundCurrency the currency the sender expects the refund in, if it says; must be the order's
 * @param exchangeWanted what the buyer would take instead ("size L", "blue"), if they said
 * @param photos         the buyer's photos of the whole request (evidence), none when null
 */
public record NewReturn(ShopId shop, OrderId order, String orderNumber, String source, String externalId, UUID ticket,
                        String comment, Instant requestedAt, String refundCurrency, String exchangeWanted,
                        List<Line> lines, List<Photo> photos) {

    public NewReturn {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A request without photos. */
    public NewReturn(ShopId shop, OrderId order, String orderNumber, String source, String externalId, UUID ticket,
                     String comment, Instant requestedAt, String refundCurrency, String exchangeWanted, List<Line> lines) {
        this(shop, order, orderNumber, source, externalId, ticket, comment, requestedAt, refundCurrency, exchangeWanted,
                lines, List.of());
    }

    /** A buyer's photo as sent: the declared type only counts against the file (the type is read from the bytes). */
    public record Photo(String fileName, String contentType, byte[] content) {
    }

    /** One order line returned: which ({@code orderLineNo}, from 1), how many and why. */
    public record Line(int orderLineNo, int quantity, ReturnReason reason) {
    }

    public static final List<String> SOURCES = List.of("TIKTOK_SHOP", "API", "DESK");
}
