package org.aftercare.tenancy;

import java.io.Serializable;
import java.util.UUID;

public record UserId(UUID value) implements Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
