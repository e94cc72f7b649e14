package org.aftercare.desk.sla.web;

import java.io.IOException;

import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/** The SLA settings page answers another tenant's id with 404 and an agent's change with 403, inside the layout. */
@ControllerAdvice(assignableTypes = SlaSettingsConsoleController.class)
class SlaConsolePageErrors {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(NotPermitted.class)
    void notPermitted(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
