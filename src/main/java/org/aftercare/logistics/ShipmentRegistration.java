package org.aftercare.logistics;

import java.time.Instant;
import java.time.LocalDate;

import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.ShopId;

/**
 * A shipment as the seller's order system or the platform reports it when the label is created.
 *
 * @param promisedBy last day of the promised delivery window, in the destination's calendar
 * @param hot        carries a hot product (ad-promoted, livestream): watched more closely
 */
public record ShipmentRegistration(ShopId shop, OrderId order, String trackingNumber, String carrierCode,
                                   String lastMileCarrierCode, String lastMileTrackingNumber, String originCountry,
                                   String destinationCountry, String service, Instant shippedAt, LocalDate promisedFrom,
                                   LocalDate promisedBy, boolean hot) {
}
