package org.aftercare.returns.warehouse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem responses of the warehouse API naming the {@code field} (the part of "field: reason"
 * before the colon, e.g. {@code lines[1].receivedQuantity}): 400 for bad input, 409 for
 * {@link ReceivingConflict}.
 */
@RestControllerAdvice(basePackageClasses = WarehouseProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WarehouseProblems {

    @ExceptionHandler(ReceivingConflict.class)
    ProblemDetail conflict(ReceivingConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Invalid request");
        int colon = message.indexOf(':');
        if (colon > 0 && !message.substring(0, colon).contains(" ")) {
            problem.setProperty("field", message.substring(0, colon));
        }
        return problem;
    }
}
