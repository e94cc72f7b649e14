package org.aftercare.desk;

import java.util.Objects;
import java.util.UUID;

public record TicketId(UUID value) {

    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    public static TicketId of(String text) {
        return new TicketId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
