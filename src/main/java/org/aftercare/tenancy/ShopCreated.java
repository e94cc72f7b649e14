package org.aftercare.tenancy;

/** A shop was added to a tenant. */
public record ShopCreated(ShopId shop, TenantId tenant, String market) {
}
