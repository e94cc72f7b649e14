package org.aftercare.returns.warehouse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 problem+json for {@link ReceivingConflict}, naming the field (e.g. {@code lines[1].lineNo}). */
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
}
