package org.aftercare.remedies.web;

import java.io.IOException;

import org.aftercare.shared.web.ConsolePageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The offer pages answer an unknown (or another tenant's or market's) offer or shop with the
 * console's 404 page, a forbidden action with 403, a request its forms would not send with 400
 * and a decision on an offer already decided with 409, all inside the layout.
 */
@ControllerAdvice(assignableTypes = {OfferConsoleController.class, LedgerConsoleController.class,
        RemedyPolicyConsoleController.class})
class RemediesPageErrors extends ConsolePageErrors {

    @ExceptionHandler(IllegalStateException.class)
    void decided(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
