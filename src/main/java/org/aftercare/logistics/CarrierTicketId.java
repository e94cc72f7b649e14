package org.aftercare.logistics;

import java.util.UUID;

public record CarrierTicketId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
