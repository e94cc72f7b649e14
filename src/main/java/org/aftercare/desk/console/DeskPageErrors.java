package org.aftercare.desk.console;

import java.io.IOException;

import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The desk's console pages answer an unknown (or another tenant's, or another market's) ticket
 * with the console's 404 page, a forbidden action with its 403 page and a request the forms would
 * not send with 400, all inside the layout.
 */
@ControllerAdvice(assignableTypes = {InboxController.class, TicketConsoleController.class, TeamConsoleController.class,
        LiveInboxController.class})
class DeskPageErrors {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(NotPermitted.class)
    void notPermitted(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
