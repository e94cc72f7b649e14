package org.aftercare.cases;

import java.util.UUID;

public record CaseId(UUID value) {

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
