package org.aftercare.returns;

import java.util.UUID;

/** A buyer's photo kept with a return request: the type read from its bytes, and its SHA-256. */
public record ReturnPhoto(UUID id, String fileName, String mediaType, int size, String sha256) {

    /** The photo's bytes, for a download. */
    public record Content(String fileName, String mediaType, byte[] content) {
    }
}
