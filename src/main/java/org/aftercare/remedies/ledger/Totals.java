package org.aftercare.remedies.ledger;

import java.util.List;

import org.aftercare.shared.Money;

/**
 * Ledger totals grouped one way, one row per group and currency (no FX mixing).
 *
 * @param key    the period's first day (yyyy-MM-dd), the carrier code or the SKU
 * @param offers how many granted offers contributed
 */
public record Totals(String by, List<Row> rows) {

    public record Row(String key, Money total, long offers) {
    }
}
