package org.aftercare.outreach.notices;

import java.time.ZoneId;

import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.orders.BuyerView;
import org.aftercare.orders.Order;
import org.aftercare.outreach.NoticeFacts;
import org.aftercare.tenancy.Shop;

/** An order with its shop, buyer and (latest or given) shipment, and what a notice may say about it. */
public record OrderContext(Order order, Shop shop, ShipmentSnapshot shipment, NoticeFacts facts) {

    public BuyerView buyer() {
        return order.buyer();
    }

    /** The buyer's language, or null when unknown. */
    public String buyerLanguage() {
        return buyer() == null ? null : buyer().language();
    }

    public ZoneId zone() {
        return facts.zoneOrUtc();
    }

    public boolean delivered() {
        return shipment != null && shipment.status() == org.aftercare.logistics.TrackingStatus.Delivered;
    }
}
