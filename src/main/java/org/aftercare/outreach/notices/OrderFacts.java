package org.aftercare.outreach.notices;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.TransitEstimate;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.NoticeFacts;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * Reads what a notice may say about an order, fresh each time: the buyer, the items, the parcel's
 * status and last scan, the carrier's public tracking link and the ETA window of logistics.
 */
@Component
public class OrderFacts {

    private final Orders orders;
    private final Shipments shipments;
    private final Shops shops;

    OrderFacts(Orders orders, Shipments shipments, Shops shops) {
        this.orders = orders;
        this.shipments = shipments;
        this.shops = shops;
    }

    /** The order's context; the given shipment, or the order's latest one when null. */
    public Optional<OrderContext> of(TenantId tenant, OrderId orderId, ShipmentId shipmentId) {
        Optional<Order> found = orders.find(tenant, orderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Order order = found.get();
        Shop shop = shops.find(tenant, order.shop()).orElseThrow();
        ShipmentSnapshot shipment = shipmentId != null
                ? shipments.snapshot(tenant, shipmentId).orElse(null)
                : shipments.ofOrder(tenant, orderId).stream().findFirst().orElse(null);
        return Optional.of(new OrderContext(order, shop, shipment, facts(order, shop, shipment)));
    }

    private NoticeFacts facts(Order order, Shop shop, ShipmentSnapshot shipment) {
        var buyer = order.buyer();
        String items = order.lines().stream()
                .map(l -> l.quantity() > 1 ? l.quantity() + " × " + l.title() : l.title())
                .collect(Collectors.joining(", "));
        String status = null;
        String carrier = null;
        String link = null;
        String location = null;
        java.time.Instant etaFrom = null;
        java.time.Instant etaTo = null;
        if (shipment != null) {
            status = shipment.status() == null ? null : shipment.status().name();
            Shipments.PublicTracking tracking = shipments.publicTracking(shipment);
            carrier = tracking.carrierName();
            link = tracking.link();
            location = shipment.lastLocation();
            Optional<TransitEstimate> eta = shipments.eta(shipment);
            if (eta.isPresent()) {
                etaFrom = eta.get().earliest();
                etaTo = eta.get().latest();
            }
        }
        return new NoticeFacts(buyer == null || buyer.erased() ? null : firstName(buyer.name()), order.orderNumber(),
                items, status, carrier, link, location, null, etaFrom, etaTo, null, null, shop.name(),
                buyer != null && buyer.country() != null ? buyer.country() : shop.market(), zone(buyer, shop));
    }

    private static String firstName(String name) {
        return name == null || name.isBlank() ? null : name.strip().split("\\s+")[0];
    }

    /** The buyer's zone; the shop's when the buyer has none or an unknown one. */
    public static ZoneId zone(org.aftercare.orders.BuyerView buyer, Shop shop) {
        if (buyer != null && buyer.timeZone() != null && !buyer.timeZone().isBlank()) {
            try {
                return ZoneId.of(buyer.timeZone().strip());
            }
            catch (DateTimeException e) {
                // an unknown zone in imported data: the shop's market zone is the best guess
            }
        }
        return shop.zone();
    }
}
