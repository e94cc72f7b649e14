package org.aftercare.insights.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return-reason spike handed to the teams who can fix it: supply chain, product page, ads.
 *
 * @param recentRate   returned units of the reason group / units sold, over the recent window's sales
 * @param baselineRate the same over the baseline ({@code baselineKind} OWN: the SKU's own previous
 *                     period; ALL_SKUS: all of the tenant's SKUs, for a SKU without enough history)
 * @param pValue       of the one-sided two-proportion z-test (smaller = stronger evidence)
 */
public record ReturnFeedback(UUID id, String sku, String product, String market, String reasonGroup,
                             String baselineKind, long recentUnits, long recentReturns, long baselineUnits,
                             long baselineReturns, double recentRate, double baselineRate, double zScore,
                             double pValue, List<String> addressedTo, String suggestedAction, String status,
                             Instant detectedAt, Instant updatedAt, String acknowledgedBy, String doneBy) {

    /** The statuses an item moves through; an item that is done lets a new spike raise a new one. */
    public enum Status { OPEN, ACKNOWLEDGED, DONE }
}
