package org.aftercare.monitoring;

import java.time.Duration;
import java.util.UUID;

/**
 * What the alert board and {@code GET /api/v1/alerts} filter by; null fields do not filter.
 *
 * @param lane      origin-destination as "CN-US"
 * @param olderThan raised longer ago than this
 */
public record AlertFilter(String trackingNumber, AlertRule rule, AlertStatus status, String carrier, String lane,
                          UUID shop, Duration olderThan, Duration newerThan, int page, int size) {

    public AlertFilter {
        size = size <= 0 ? 50 : Math.min(size, 500);
        page = Math.max(page, 0);
    }

    public static AlertFilter open() {
        return new AlertFilter(null, null, null, null, null, null, null, null, 0, 50);
    }
}
