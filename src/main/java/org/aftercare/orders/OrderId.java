package org.aftercare.orders;

import java.util.UUID;

public record OrderId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
