package org.aftercare.logistics;

/**
 * Main shipment status, in the vocabulary the tracking aggregators share (17TRACK main statuses;
 * AfterShip tags map onto them: AttemptFail → DeliveryFailure, Pending → NotFound).
 */
public enum TrackingStatus {
    NotFound,
    InfoReceived,
    InTransit,
    Expired,
    AvailableForPickup,
    OutForDelivery,
    DeliveryFailure,
    Delivered,
    Exception;

    public boolean isFinal() {
        return this == Delivered || this == Expired;
    }
}
