package org.aftercare.simulator;

import java.time.Duration;

/** What one simulation run wrote, and how long it took. */
public record Generated(long orders, long shipments, long events, Duration took) {

    public static final Generated NOTHING = new Generated(0, 0, 0, Duration.ZERO);

    public double eventsPerSecond() {
        return took.isZero() ? 0 : events / (took.toNanos() / 1e9);
    }

    @Override
    public String toString() {
        return "%,d orders, %,d shipments, %,d tracking events in %.1f s (%,.0f events/s)"
                .formatted(orders, shipments, events, took.toMillis() / 1000.0, eventsPerSecond());
    }
}
