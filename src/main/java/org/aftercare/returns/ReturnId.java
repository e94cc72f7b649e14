package org.aftercare.returns;

import java.util.UUID;

public record ReturnId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
