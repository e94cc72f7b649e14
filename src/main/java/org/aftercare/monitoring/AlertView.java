package org.aftercare.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert as the board and the API show it.
 *
 * @param origin      the lane's origin country
 * @param destination the lane's destination country
 */
public record AlertView(UUID id, UUID shop, UUID shipment, String trackingNumber, String carrier, String origin,
                        String destination,
                        AlertRule rule, Severity severity, AlertStatus status, String reason, BigDecimal probability,
                        String leg, String lastLocation, Instant dueAt, Instant raisedAt, String owner,
                        Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt, String resolvedBy,
                        String resolution, ReasonText reasonText) {

    /** "CN-US" */
    public String lane() {
        return origin + "-" + destination;
    }
}
