package org.aftercare.logistics;

import java.util.List;

import org.aftercare.tenancy.TenantId;

/**
 * The state of these shipments changed: new events arrived, or a shipment arrived for events that
 * were waiting for it. One event per ingested batch, not per shipment, so a batch of 10,000 scans
 * costs one entry in the event publication registry.
 */
public record ShipmentsUpdated(TenantId tenant, List<ShipmentId> shipments) {
}
