package org.aftercare.evidence;

/**
 * A stored file no longer has the SHA-256 it was stored with (or is gone): it must not be sent
 * anywhere as evidence. Reported to the audit log when detected; the API answers 409.
 */
public class Tampered extends RuntimeException {

    private final EvidenceItemId item;

    public Tampered(EvidenceItemId item, String message) {
        super(message);
        this.item = item;
    }

    public EvidenceItemId item() {
        return item;
    }
}
