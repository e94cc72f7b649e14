package org.aftercare.tenancy;

import java.io.Serializable;
import java.util.UUID;

public record TenantId(UUID value) implements Serializable {

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
