/**
 * The cost ledger: one entry per granted offer and SKU, what has been granted so far against the
 * caps, and totals per period, carrier and SKU in each currency (no conversion between them).
 */
package org.aftercare.remedies.ledger;
