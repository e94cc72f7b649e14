package org.aftercare.returns.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.returns.NewReturn;
import org.aftercare.returns.ReturnReason;
import org.aftercare.tenancy.ShopId;

/**
 * A return request as a client sends it to {@code POST /api/v1/returns}; the service checks every
 * field and names the first wrong one.
 *
 * @param order       the order's id; or {@code orderNumber}, the platform's order number in the shop
 * @param source      API (the default), DESK or TIKTOK_SHOP
 * @param externalId  the client's id of the request; sending it again changes nothing
 */
record ReturnRequestBody(UUID shop, UUID order, String orderNumber, String source, String externalId, UUID ticket,
                         String comment, OffsetDateTime requestedAt, String refundCurrency, String exchangeWanted,
                         List<LineBody> lines, List<PhotoBody> photos) {

    record LineBody(Integer orderLineNo, Integer quantity, ReturnReason reason) {
    }

    /** A buyer's photo of the request; the type is read from the bytes, {@code contentType} only counts against it. */
    record PhotoBody(String fileName, String contentType, String contentBase64) {
    }

    NewReturn toNewReturn() {
        List<NewReturn.Line> newLines = null;
        if (lines != null) {
            newLines = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LineBody line = lines.get(i);
                if (line == null || line.orderLineNo() == null) {
                    throw new IllegalArgumentException("lines[%d].orderLineNo: required".formatted(i));
                }
                if (line.quantity() == null) {
                    throw new IllegalArgumentException("lines[%d].quantity: required".formatted(i));
                }
                newLines.add(new NewReturn.Line(line.orderLineNo(), line.quantity(), line.reason()));
            }
        }
        List<NewReturn.Photo> newPhotos = new java.util.ArrayList<>();
        if (photos != null) {
            for (int i = 0; i < photos.size(); i++) {
                PhotoBody photo = photos.get(i);
                if (photo == null || photo.contentBase64() == null || photo.contentBase64().isBlank()) {
                    throw new IllegalArgumentException("photos[%d].contentBase64: required".formatted(i));
                }
                byte[] content;
                try {
                    content = java.util.Base64.getDecoder().decode(photo.contentBase64().replaceAll("\\s", ""));
                }
                catch (IllegalArgumentException notBase64) {
                    throw new IllegalArgumentException("photos[%d].contentBase64: not Base64 (%s)".formatted(i,
                            notBase64.getMessage()));
                }
                newPhotos.add(new NewReturn.Photo(photo.fileName(), photo.contentType(), content));
            }
        }
        return new NewReturn(shop == null ? null : new ShopId(shop), order == null ? null : new OrderId(order),
                orderNumber, source == null || source.isBlank() ? "API" : source.strip(), externalId, ticket, comment,
                requestedAt == null ? null : requestedAt.toInstant(), refundCurrency, exchangeWanted, newLines, newPhotos);
    }
}
