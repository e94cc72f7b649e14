package org.aftercare.evidence;

import java.util.UUID;

public record EvidenceItemId(UUID value) {

    public static EvidenceItemId of(String value) {
        return new EvidenceItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
