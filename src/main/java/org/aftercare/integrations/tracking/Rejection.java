package org.aftercare.integrations.tracking;

/** An event of a delivery that could not be accepted, with the field and the reason. */
public record Rejection(String where, String field, String reason) {
}
