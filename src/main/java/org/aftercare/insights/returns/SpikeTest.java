package org.aftercare.insights.returns;

import org.aftercare.insights.InsightsProperties.ReturnSpikes;

/**
 * Whether a SKU's recent return rate for one reason group is a spike: enough volume, at least
 * {@code minRatio} times its baseline, and significantly higher by a one-sided two-proportion
 * z-test (H0: the recent rate is not above the baseline rate) with p-value ≤ {@code maxPValue}.
 * The baseline is the SKU's own previous period when it sold at least {@code minUnits} there,
 * otherwise the tenant's rate over all SKUs in that period.
 */
record SpikeTest(ReturnSpikes settings) {

    /** The counts one SKU × reason group brings to the test. */
    record Counts(long recentUnits, long recentReturns, long baselineUnits, long baselineReturns,
                  long allSkusUnits, long allSkusReturns) {
    }

    enum BaselineKind { OWN, ALL_SKUS }

    /** A spike and the figures that make it one. */
    record Spike(BaselineKind baselineKind, long baselineUnits, long baselineReturns, double recentRate,
                 double baselineRate, double zScore, double pValue) {
    }

    /** The spike, or null when the counts do not make one (the reason is in the failed check). */
    Spike judge(Counts c) {
        if (c.recentUnits() < settings.minUnits() || c.recentReturns() < settings.minReturns()) {
            return null;
        }
        BaselineKind kind = c.baselineUnits() >= settings.minUnits() ? BaselineKind.OWN : BaselineKind.ALL_SKUS;
        long baseUnits = kind == BaselineKind.OWN ? c.baselineUnits() : c.allSkusUnits();
        long baseReturns = kind == BaselineKind.OWN ? c.baselineReturns() : c.allSkusReturns();
        if (baseUnits < settings.minUnits()) {
            return null; // nothing to compare with
        }
        double recentRate = (double) c.recentReturns() / c.recentUnits();
        double baselineRate = (double) baseReturns / baseUnits;
        if (recentRate < settings.minRatio() * baselineRate) {
            return null;
        }
        double z = zScore(c.recentReturns(), c.recentUnits(), baseReturns, baseUnits);
        double p = upperTail(z);
        if (p > settings.maxPValue()) {
            return null;
        }
        return new Spike(kind, baseUnits, baseReturns, recentRate, baselineRate, z, p);
    }

    /** Two-proportion z statistic with the pooled rate under H0. */
    static double zScore(long x1, long n1, long x2, long n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return p1 > p2 ? Double.POSITIVE_INFINITY : 0;
        }
        return (p1 - p2) / se;
    }

    /** P(Z ≥ z) for a standard normal Z (Abramowitz and Stegun 26.2.17, absolute error < 7.5e-8). */
    static double upperTail(double z) {
        if (Double.isInfinite(z)) {
            return z > 0 ? 0 : 1;
        }
        double x = Math.abs(z);
        double t = 1 / (1 + 0.2316419 * x);
        double density = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
        double tail = density * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937
                + t * (-1.821255978 + t * 1.330274429))));
        return z >= 0 ? tail : 1 - tail;
    }
}
