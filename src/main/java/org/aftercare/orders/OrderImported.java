package org.aftercare.orders;

import java.time.Instant;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * An order became known to Aftercare — through the API, a CSV file, the platform or the simulator.
 * Published once per order: delivering the same order again publishes nothing.
 *
 * @param buyer null when the order came without a buyer
 */
public record OrderImported(OrderId order, TenantId tenant, ShopId shop, String market, String orderNumber,
                            Instant placedAt, BuyerId buyer, boolean hotProduct, String source) {
}
