package org.aftercare.desk.web;

import java.math.BigDecimal;

import org.aftercare.desk.MessageContext;
import org.aftercare.desk.MessageUnderstanding;
import org.aftercare.desk.Understanding;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Understanding a buyer message on demand; any API token may ask (nothing tenant-owned is read). */
@RestController
@Tag(name = "Desk", description = "Buyer messages: language, intent and escalation risk")
class UnderstandingApiController {

    private final MessageUnderstanding understanding;

    UnderstandingApiController(MessageUnderstanding understanding) {
        this.understanding = understanding;
    }

    record UnderstandRequest(String text, Integer contactsInLast7Days, Integer daysLate, BigDecimal orderValue,
                             String currency, Integer earlierDisputes) {
    }

    @PostMapping(path = "/api/v1/desk/understand", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Understand a buyer message",
            description = "Detects the language (en, de, fr, it, es, zh; otherwise supported=false), classifies the "
                    + "intent with the lexicon phrases that decided it, and scores the escalation risk 0-100 from the "
                    + "text and the optional context (contacts in the last 7 days, days late, order value, earlier "
                    + "disputes). The text is only read, never rendered: HTML in it is plain text.")
    Understanding understand(@RequestBody UnderstandRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("text: must not be empty");
        }
        if (request.text().length() > 10_000) {
            throw new IllegalArgumentException("text: at most 10000 characters");
        }
        requireNotNegative("contactsInLast7Days", request.contactsInLast7Days());
        requireNotNegative("daysLate", request.daysLate());
        requireNotNegative("earlierDisputes", request.earlierDisputes());
        if (request.orderValue() != null && request.orderValue().signum() < 0) {
            throw new IllegalArgumentException("orderValue: must not be negative");
        }
        return understanding.understand(request.text(), new MessageContext(request.contactsInLast7Days(),
                request.daysLate(), request.orderValue(), request.currency(), request.earlierDisputes()));
    }

    private static void requireNotNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
    }
}
