package org.aftercare.shared;

/** The actor lacks the role or market for an action. Rendered as 403. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
