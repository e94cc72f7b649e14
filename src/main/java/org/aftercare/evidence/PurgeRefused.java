package org.aftercare.evidence;

/**
 * An item may not be deleted yet: it is inside its retention period or under legal hold. The refusal
 * is written to the audit log; the API answers 409 with this message.
 */
public class PurgeRefused extends RuntimeException {

    public PurgeRefused(String message) {
        super(message);
    }
}
