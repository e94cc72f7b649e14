package org.aftercare.returns.warehouse;

/**
 * A request that contradicts what is already recorded (a line graded twice, a return scanned in
 * the wrong state, a refund paid under another reference): answered 409, nothing changed.
 */
public class ReceivingConflict extends RuntimeException {

    private final String field;

    public ReceivingConflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
