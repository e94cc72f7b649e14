package org.aftercare.returns.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A 400 whose {@code field} is the part of "field: reason" before the colon. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail naming(IllegalArgumentException e) {
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
