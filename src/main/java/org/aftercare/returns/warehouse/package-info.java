/**
 * Return warehouses (R5, R7): where approved returns are sent, the return parcel tracked by
 * logistics, receiving by scan in batches, QC grades per line with photos, refunds queued by the
 * policy's refund timing, exchanges owed, refund records and the refund cash flow.
 */
package org.aftercare.returns.warehouse;
