package org.aftercare.remedies;

import java.util.UUID;

public record OfferId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
