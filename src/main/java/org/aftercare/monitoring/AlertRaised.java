package org.aftercare.monitoring;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.tenancy.TenantId;

/** A rule fired for a shipment: outreach may write to the buyer, remedies may propose an offer. */
public record AlertRaised(AlertId alert, TenantId tenant, ShipmentId shipment, AlertRule rule, Severity severity) {
}
