package org.aftercare.orders;

import java.time.Instant;

import org.aftercare.tenancy.ShopId;

/**
 * Which orders to list; every part is optional.
 *
 * @param placedFrom inclusive
 * @param placedTo   exclusive
 * @param sku        orders with at least one line of this SKU
 */
public record OrderFilter(ShopId shop, Instant placedFrom, Instant placedTo, String sku) {

    public static OrderFilter all() {
        return new OrderFilter(null, null, null, null);
    }
}
