package org.aftercare.cases;

import java.math.BigDecimal;
import java.time.Instant;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.ShopId;

/**
 * A case to open on an order — or, for a platform appeal about the shop as a whole (a shop health
 * violation, an account reinstatement, a penalty on the shop), on a shop without an order.
 *
 * @param order          required, except for a {@link CaseType#PLATFORM_APPEAL} with a shop
 * @param shipment       optional: the order's most recent shipment when absent; not with a shop-level appeal
 * @param amount         optional: what is at stake, in the order's (or shop's) currency; the order total
 *                       (zero for a shop-level appeal) when absent
 * @param windowStartsAt optional: when the venue's clock started (the buyer's request, the platform's
 *                       decision, the delivery or loss); now when absent
 * @param externalRef    optional: the platform's or carrier's reference
 * @param shop           required when there is no order; must be the order's shop when both are given
 */
public record NewCase(OrderId order, ShipmentId shipment, CaseType type, CaseReason reason, BigDecimal amount,
                      Instant windowStartsAt, String externalRef, Case.Statement statement, ShopId shop) {

    public NewCase {
        if (type == null) {
            throw new IllegalArgumentException("type: required, one of PLATFORM_DISPUTE, CARRIER_CLAIM, PLATFORM_APPEAL, "
                    + "DELIVERED_NOT_RECEIVED");
        }
        if (order == null && type != CaseType.PLATFORM_APPEAL) {
            throw new IllegalArgumentException("order: required for a " + type
                    + " (only a PLATFORM_APPEAL may be opened on a shop without an order)");
        }
        if (order == null && shop == null) {
            throw new IllegalArgumentException("shop: required when there is no order");
        }
        if (order == null && shipment != null) {
            throw new IllegalArgumentException("shipment: only with an order");
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

    /** A case on an order (its shop is the order's). */
    public NewCase(OrderId order, ShipmentId shipment, CaseType type, CaseReason reason, BigDecimal amount,
                   Instant windowStartsAt, String externalRef, Case.Statement statement) {
        this(order, shipment, type, reason, amount, windowStartsAt, externalRef, statement, null);
    }

    /** A platform appeal about the shop as a whole, without an order. */
    public static NewCase shopAppeal(ShopId shop, CaseReason reason, Instant windowStartsAt, String externalRef,
                                     Case.Statement statement) {
        return new NewCase(null, null, CaseType.PLATFORM_APPEAL, reason, null, windowStartsAt, externalRef, statement, shop);
    }

    public boolean shopLevel() {
        return order == null;
    }
}
