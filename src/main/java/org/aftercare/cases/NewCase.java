package org.aftercare.cases;

import java.math.BigDecimal;
import java.time.Instant;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;

/**
 * A case to open on an order.
 *
 * @param shipment       optional: the order's most recent shipment when absent
 * @param amount         optional: what is at stake, in the order's currency; the order total when absent
 * @param windowStartsAt optional: when the venue's clock started (the buyer's request, the platform's
 *                       decision, the delivery or loss); now when absent
 * @param externalRef    optional: the platform's or carrier's reference
 */
public record NewCase(OrderId order, ShipmentId shipment, CaseType type, CaseReason reason, BigDecimal amount,
                      Instant windowStartsAt, String externalRef, Case.Statement statement) {

    public NewCase {
        if (order == null) {
            throw new IllegalArgumentException("order: required");
        }
        if (type == null) {
            throw new IllegalArgumentException("type: required, one of PLATFORM_DISPUTE, CARRIER_CLAIM, PLATFORM_APPEAL, "
                    + "DELIVERED_NOT_RECEIVED");
        }
        type.requireReason(reason);
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("amount: must not be negative");
        }
        if (externalRef != null && externalRef.length() > 200) {
            throw new IllegalArgumentException("externalRef: at most 200 characters");
        }
        statement = statement == null ? new Case.Statement(null, null, null, "en") : statement;
    }
}
