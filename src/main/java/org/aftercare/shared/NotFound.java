package org.aftercare.shared;

/**
 * Nothing with this id exists in the actor's tenant. Rendered as 404 — also when it exists in
 * another tenant, so ids of other tenants reveal nothing.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
