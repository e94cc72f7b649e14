package org.aftercare.remedies.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the offers API: 400 with the field named in a "field" property (the part of the
 * message before the colon: "reason: an override needs a written reason"), and 409 when an offer
 * was already decided.
 */
@RestControllerAdvice(assignableTypes = {OfferApiController.class, LedgerApiController.class,
        RemedyPolicyApiController.class})
class RemedyApiProblems {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z.\\[\\]0-9]+")) {
            problem.setProperty("field", message.substring(0, colon));
        }
        return problem;
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail decided(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Offer already decided");
        problem.setProperty("field", "state");
        return problem;
    }
}
