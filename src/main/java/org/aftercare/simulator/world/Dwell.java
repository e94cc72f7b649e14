package org.aftercare.simulator.world;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a parcel sits in one stage of its journey: lognormal, given by its median and its 90th
 * percentile in hours. Lognormal because a stage is mostly quick and sometimes very slow (a missed
 * flight, a customs queue, a holiday), never negative — what every lane's scan history looks like.
 */
public record Dwell(double medianHours, double p90Hours) {

    /** z of the 90th percentile of the standard normal distribution. */
    private static final double Z90 = 1.2815515655446004;

    public Dwell {
        if (medianHours <= 0 || p90Hours < medianHours) {
            throw new IllegalArgumentException("need 0 < median <= p90, got " + medianHours + "/" + p90Hours);
        }
    }

    public static Dwell hours(double median, double p90) {
        return new Dwell(median, p90);
    }

    public static Dwell days(double median, double p90) {
        return new Dwell(median * 24, p90 * 24);
    }

    public Dwell times(double factor) {
        return new Dwell(medianHours * factor, p90Hours * factor);
    }

    public Duration sample(RandomGenerator random) {
        double sigma = Math.log(p90Hours / medianHours) / Z90;
        double hours = medianHours * Math.exp(sigma * random.nextGaussian());
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
