package org.aftercare.remedies.ledger;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.shared.Money;

/** One row of the ledger: a granted offer's share for one SKU of the order. */
public record LedgerEntry(long id, UUID offer, String orderNumber, String carrierCode, String sku, String kind,
                          Money amount, String reason, String grantedBy, Instant grantedAt) {
}
