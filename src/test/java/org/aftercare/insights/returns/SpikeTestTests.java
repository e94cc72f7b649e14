package org.aftercare.insights.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftercare.insights.InsightsProperties.ReturnSpikes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spike test by example, with the defaults (≥ 20 units, ≥ 5 returns, ≥ 1.5×, p ≤ 0.01). */
class SpikeTestTests {

    final SpikeTest test = new SpikeTest(new ReturnSpikes(28, 90, 20, 5, 1.5, 0.01));

    @ParameterizedTest(name = "recent {1}/{0}, baseline {3}/{2} → spike {4}")
    @CsvSource({
            // recent units, returns, baseline units, returns, spike?
            "150, 24, 500, 40, true",    // 8 % → 16 %: runs small
            "150, 14, 500, 40, false",   // 8 % → 9.3 %: normal variation
            "12,  5,  500, 40, false",   // too few sold
            "40,  4,  500,  2, false",   // too few returns
            "150, 17, 500, 40, false",   // 11.3 %: only 1.42×
            "30,  6,  100,  8, false",   // 20 % vs 8 % on small volumes: 2.5×, but p ≈ 0.03
            "1000, 120, 3000, 240, true" // 12 % vs 8 % on large volumes: 1.5×, p < 0.001
    })
    void judgesBySizeRatioAndSignificance(long recentUnits, long recentReturns, long baselineUnits, long baselineReturns,
                                          boolean spike) {
        var counts = new SpikeTest.Counts(recentUnits, recentReturns, baselineUnits, baselineReturns, 0, 0);
        assertThat(test.judge(counts) != null).isEqualTo(spike);
    }

    @ParameterizedTest
    @CsvSource({"0, 0.5", "1.6449, 0.05", "2.3263, 0.01", "3.0902, 0.001", "-1.6449, 0.95"})
    void upperTailOfTheStandardNormal(double z, double p) {
        assertThat(SpikeTest.upperTail(z)).isCloseTo(p, within(1e-5));
    }

    @ParameterizedTest
    @CsvSource({"24, 150, 40, 500, 2.884"})
    void twoProportionZ(long x1, long n1, long x2, long n2, double z) {
        assertThat(SpikeTest.zScore(x1, n1, x2, n2)).isCloseTo(z, within(1e-3));
    }
}
