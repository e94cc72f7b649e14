package org.aftercare.simulator.dataset;

import org.aftercare.logistics.ShipmentBulkWriter.NewShipment;
import org.aftercare.orders.OrderBulkWriter.IdentifiedOrder;

/** One generated order and its shipment; {@code shipment} is null while the order is not shipped yet. */
public record SimulatedOrder(IdentifiedOrder order, NewShipment shipment) {
}
