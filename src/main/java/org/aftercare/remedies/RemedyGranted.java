package org.aftercare.remedies;

import org.aftercare.orders.OrderId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.TenantId;

/** An offer was granted and written to the cost ledger. */
public record RemedyGranted(OfferId offer, TenantId tenant, OrderId order, OfferKind kind, Money amount, String grantedBy) {
}
