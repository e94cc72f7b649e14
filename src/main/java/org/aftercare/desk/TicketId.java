package org.aftercare.desk;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A ticket's id; written as the bare UUID in JSON. */
public record TicketId(@JsonValue UUID value) {

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
