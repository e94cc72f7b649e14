package org.aftercare.logistics;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the rest of a journey takes from a milestone reached at {@code from}: the median and
 * the 90th percentile of the remaining time on that carrier and lane. Transit times are skewed to
 * the right, so the distribution is modelled as log-normal through those two points.
 */
public record TransitEstimate(Instant from, Duration p50, Duration p90) {

    private static final double Z90 = 1.2815515655446004;

    public TransitEstimate {
        if (p90.compareTo(p50) < 0) {
            throw new IllegalArgumentException("p90 " + p90 + " is below p50 " + p50);
        }
    }

    public Instant earliest() {
        return from.plus(p50);
    }

    public Instant latest() {
        return from.plus(p90);
    }

    /**
     * The probability that the parcel arrives after {@code deadline}, knowing that at {@code now} it
     * has not arrived yet (the longer it waits, the likelier it is late).
     */
    public double probabilityLaterThan(Instant deadline, Instant now) {
        double allowed = hours(Duration.between(from, deadline));
        if (allowed <= 0) {
            return 1.0;
        }
        double elapsed = Math.max(0, hours(Duration.between(from, now)));
        double survivalAtDeadline = survival(allowed);
        double survivalNow = elapsed == 0 ? 1.0 : survival(elapsed);
        if (survivalNow <= 0) {
            return 1.0;
        }
        return Math.min(1.0, survivalAtDeadline / survivalNow);
    }

    /** P(T > t) for the log-normal through p50 and p90. */
    private double survival(double hours) {
        double mu = Math.log(Math.max(hours(p50), 0.01));
        double sigma = Math.max((Math.log(Math.max(hours(p90), 0.01)) - mu) / Z90, 1e-6);
        return 1.0 - normalCdf((Math.log(hours) - mu) / sigma);
    }

    private static double hours(Duration duration) {
        return duration.toMinutes() / 60.0;
    }

    /** Standard normal CDF (Abramowitz and Stegun 7.1.26; error below 1.5e-7). */
    static double normalCdf(double z) {
        double t = 1.0 / (1.0 + 0.3275911 * Math.abs(z) / Math.sqrt(2));
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1.0 - poly * Math.exp(-z * z / 2);
        return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
