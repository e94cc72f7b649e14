package org.aftercare.insights.returns;

import java.util.Map;

/**
 * Returns of one SKU, product, market or period, over the sales made in the range.
 *
 * @param key       the SKU, the product title, the market or the period label ("2026-09", "2026-W37")
 * @param product   the product title of a SKU (null for other groupings)
 * @param rate      units returned / units sold (null without sales)
 * @param reasonMix units returned per reason of the taxonomy
 */
public record ReturnRate(String key, String product, long unitsSold, long unitsReturned, Double rate,
                         Map<String, Long> reasonMix) {

    /** The share of returned units that one reason group accounts for, for the console's bars. */
    public double share(String group) {
        if (unitsReturned == 0) {
            return 0;
        }
        long units = ReasonGroup.valueOf(group).reasons().stream().mapToLong(r -> reasonMix.getOrDefault(r, 0L)).sum();
        return (double) units / unitsReturned;
    }

    /** Returned units outside the size, quality and colour groups, as a share. */
    public double otherShare() {
        return Math.max(0, 1 - share("SIZE") - share("QUALITY") - share("COLOUR"));
    }
}
