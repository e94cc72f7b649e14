package org.aftercare.monitoring.watch;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;
import org.aftercare.monitoring.Severity;

/** An alert a rule wants raised; stored only if no alert exists for that occurrence. */
record NewAlert(UUID tenant, UUID shop, UUID shipment, String trackingNumber, String carrier, String origin, String destination,
                AlertRule rule, Severity severity, String reason, ReasonText reasonText, Double probability, String leg, String lastLocation,
                Instant dueAt) {
}
