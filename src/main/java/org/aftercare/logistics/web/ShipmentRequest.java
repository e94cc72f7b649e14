package org.aftercare.logistics.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.ShopId;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A shipment as the seller's system registers it: mirrors {@link ShipmentRegistration}. */
record ShipmentRequest(@NotNull UUID shop,
                       UUID orderId,
                       @NotBlank @Size(max = 64) String trackingNumber,
                       @NotBlank @Size(max = 32) String carrier,
                       @Size(max = 32) String lastMileCarrier,
                       @Size(max = 64) String lastMileTrackingNumber,
                       @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 country code like CN") String origin,
                       @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 country code like DE") String destination,
                       @Size(max = 64) String service,
                       @NotNull OffsetDateTime shippedAt,
                       LocalDate promisedFrom,
                       LocalDate promisedBy,
                       Boolean hot) {

    @AssertTrue(message = "must not be before promisedFrom")
    boolean isPromisedBy() {
        return promisedFrom == null || promisedBy == null || !promisedBy.isBefore(promisedFrom);
    }

    @AssertTrue(message = "is required with lastMileCarrier")
    boolean isLastMileTrackingNumber() {
        return lastMileCarrier == null || lastMileCarrier.isBlank()
                || lastMileTrackingNumber != null && !lastMileTrackingNumber.isBlank();
    }

    ShipmentRegistration toRegistration() {
        return new ShipmentRegistration(new ShopId(shop), orderId == null ? null : new OrderId(orderId),
                trackingNumber.strip(), carrier.strip(), blankToNull(lastMileCarrier), blankToNull(lastMileTrackingNumber),
                origin.toUpperCase(), destination.toUpperCase(), blankToNull(service), shippedAt.toInstant(),
                promisedFrom, promisedBy, Boolean.TRUE.equals(hot));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
