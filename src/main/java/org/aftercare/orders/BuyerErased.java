package org.aftercare.orders;

import java.time.Instant;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/** A buyer's contact data was erased on request; modules holding copies of it erase theirs. */
public record BuyerErased(BuyerId buyer, TenantId tenant, ShopId shop, Instant erasedAt) {
}
