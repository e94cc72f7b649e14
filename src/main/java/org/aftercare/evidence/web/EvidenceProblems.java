package org.aftercare.evidence.web;

import org.aftercare.evidence.PurgeRefused;
import org.aftercare.evidence.Tampered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The archive's refusals as problem+json for every API, including other modules' (a case's dossier
 * meeting a tampered file): 409 with the archive's message.
 */
@RestControllerAdvice(annotations = RestController.class)
class EvidenceProblems {

    @ExceptionHandler(Tampered.class)
    ProblemDetail tampered(Tampered e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Evidence tampered");
        problem.setProperty("item", e.item().toString());
        return problem;
    }

    @ExceptionHandler(PurgeRefused.class)
    ProblemDetail purgeRefused(PurgeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Deletion refused");
        return problem;
    }
}
