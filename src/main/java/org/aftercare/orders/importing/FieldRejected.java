package org.aftercare.orders.importing;

/** A column value broke a rule; the message is the reason shown to the seller. */
final class FieldRejected extends RuntimeException {

    FieldRejected(String reason) {
        super(reason, null, false, false);
    }
}
