package org.aftercare.logistics.carriers;

import java.time.Instant;
import java.util.UUID;

/**
 * Where to reach a carrier about parcels to one country (or any, when {@code country} is null),
 * and how many days after shipping a claim is still accepted.
 */
public record CarrierContact(UUID id, String carrierCode, String country, Channel channel, String value,
                             Integer claimWindowDays, String notes, Instant updatedAt, String updatedBy) {

    public enum Channel {
        EMAIL, PHONE, PORTAL, WECHAT, OTHER
    }
}
