package org.aftercare.monitoring.web;

import java.io.IOException;

import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Monitoring's console pages answer an unknown (or another tenant's) id with the console's 404
 * page, a forbidden action with its 403 page and a request the forms would not send with 400,
 * all inside the layout.
 */
@ControllerAdvice(assignableTypes = {AlertConsoleController.class, ShipmentConsoleController.class,
        AlertSettingsConsoleController.class})
class ConsolePageErrors {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(NotPermitted.class)
    void notPermitted(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
