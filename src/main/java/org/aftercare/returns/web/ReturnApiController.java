package org.aftercare.returns.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnId;
import org.aftercare.returns.ReturnRefused;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "Returns", description = "Return requests, their decisions with the rule that made them, and the review clock")
class ReturnApiController {

    private final ReturnRequests returns;

    ReturnApiController(ReturnRequests returns) {
        this.returns = returns;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a return request",
            description = "201 with the decision and its rule; 200 when the same source and externalId were sent before; "
                    + "409 when that externalId holds other lines; 400 naming the field (outside the window: with the dates).")
    ResponseEntity<?> submit(Actor actor, @RequestBody ReturnRequestBody body) {
        ReturnRequests.Submission submission = returns.submit(actor, body.toNewReturn());
        URI location = URI.create("/api/v1/returns/" + submission.request().id());
        ReturnResponse response = ReturnResponse.of(submission.request(), returns.reviewWarning(submission.request()),
                returns.photos(actor, submission.request().id()));
        return switch (submission.result()) {
            case CREATED -> ResponseEntity.created(location).body(response);
            case UNCHANGED -> ResponseEntity.ok().location(location).body(response);
            case CONFLICT -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        "Return " + body.externalId() + " was submitted before with other lines");
                problem.setTitle("Duplicate return request");
                problem.setProperty("field", "externalId");
                problem.setProperty("existing", location);
                yield ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a return request")
    ReturnResponse get(Actor actor, @PathVariable UUID id) {
        var request = returns.get(actor, new ReturnId(id));
        return ReturnResponse.of(request, returns.reviewWarning(request), returns.photos(actor, request.id()));
    }

    @GetMapping
    @Operation(summary = "List return requests",
            description = "status=NEEDS_REVIEW is the review queue: earliest review deadline first, with reviewWarning "
                    + "DUE_SOON or OVERDUE (the platform approves unanswered requests by itself).")
    List<ReturnResponse> list(Actor actor, @RequestParam(required = false) String status,
                              @RequestParam(required = false) UUID shop,
                              @RequestParam(defaultValue = "100") int size) {
        return returns.list(actor, status == null || status.isBlank() ? null : status.strip().toUpperCase(),
                        shop == null ? null : new ShopId(shop), size).stream()
                .map(r -> ReturnResponse.of(r, returns.reviewWarning(r)))
                .toList();
    }

    /** @param amount a partial refund or coupon; by the policy's percentage when left out */
    record DecisionBody(ReturnAction action, String reason, BigDecimal amount) {
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide a return request",
            description = "A request waiting for review is decided by an agent; changing a decision is a manager's "
                    + "override, kept in the audit log.")
    ReturnResponse decide(Actor actor, @PathVariable UUID id, @RequestBody DecisionBody body) {
        var request = returns.decide(actor, new ReturnId(id), body.action(), body.reason(), body.amount());
        return ReturnResponse.of(request, returns.reviewWarning(request));
    }

    @ExceptionHandler(ReturnRefused.class)
    ProblemDetail refused(ReturnRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Outside the return window");
        problem.setProperty("field", "requestedAt");
        problem.setProperty("decision", "REJECT");
        problem.setProperty("rule", e.rule());
        problem.setProperty("deliveredOn", e.deliveredOn().toString());
        problem.setProperty("windowDays", e.windowDays());
        problem.setProperty("lastDay", e.lastDay().toString());
        problem.setProperty("requestedOn", e.requestedOn().toString());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.naming(e);
    }
}
