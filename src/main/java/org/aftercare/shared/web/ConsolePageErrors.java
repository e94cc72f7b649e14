package org.aftercare.shared.web;

import java.io.IOException;

import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How a console page answers what went wrong, inside the layout's error page: an unknown (or another
 * tenant's or market's) thing 404, a forbidden action 403, a request its forms would not send 400.
 * Each module names its page controllers in a {@code @ControllerAdvice(assignableTypes = …)} subclass
 * (the API's answers are problem+json, {@link ApiProblems}).
 */
public abstract class ConsolePageErrors {

    @ExceptionHandler(NotFound.class)
    protected void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    protected void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(NotPermitted.class)
    protected void notPermitted(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
