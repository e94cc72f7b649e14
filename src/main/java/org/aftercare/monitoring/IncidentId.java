package org.aftercare.monitoring;

import java.util.UUID;

public record IncidentId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
