package org.aftercare.tenancy;

import java.util.UUID;

public record ShopId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
