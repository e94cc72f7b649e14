package org.aftercare.insights.returns;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftercare.insights.InsightsProperties.ReturnSpikes;
import org.aftercare.tenancy.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Return insights", description = "Return rates and reason mix; feedback items from return-reason spikes")
class ReturnInsightsApiController {

    private final ReturnRates rates;
    private final ReturnFeedbackStore feedback;
    private final SpikeDetection detection;
    private final SpikeSettings settings;
    private final Clock clock;

    ReturnInsightsApiController(ReturnRates rates, ReturnFeedbackStore feedback, SpikeDetection detection,
                                SpikeSettings settings, Clock clock) {
        this.rates = rates;
        this.feedback = feedback;
        this.detection = detection;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/returns", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return rates and reason mix",
            description = "Units returned / units sold over the sales placed from..to (UTC days, inclusive), per SKU, "
                    + "product, market or period (month or ISO week, by=PERIOD&period=week), with returned units per "
                    + "reason. Rejected, cancelled and withdrawn requests are not counted.")
    List<ReturnRate> json(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "SKU") String by,
                          @RequestParam(defaultValue = "month") String period,
                          @RequestParam(required = false) String market) {
        return rates.find(actor, ReturnRateQuery.of(from, to, by, period, market));
    }

    @GetMapping(path = "/api/v1/insights/returns.csv", produces = "text/csv")
    @Operation(summary = "Return rates as CSV", description = "The same rows and filters as the JSON, a column per reason.")
    ResponseEntity<String> csv(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "SKU") String by,
                               @RequestParam(defaultValue = "month") String period,
                               @RequestParam(required = false) String market) {
        ReturnRateQuery query = ReturnRateQuery.of(from, to, by, period, market);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"return-rates-%s-%s-%s.csv\""
                        .formatted(query.by().name().toLowerCase(Locale.ROOT), from, to))
                .body(ReturnRates.csv(rates.find(actor, query)));
    }

    @GetMapping(path = "/api/v1/insights/returns/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Feedback items from return-reason spikes",
            description = "Open and acknowledged items by default (status=OPEN,ACKNOWLEDGED,DONE to choose), strongest evidence first.")
    List<ReturnFeedback> feedback(Actor actor, @RequestParam(defaultValue = "OPEN,ACKNOWLEDGED") List<String> status) {
        List<String> statuses = status.stream().map(s -> {
            try {
                return ReturnFeedback.Status.valueOf(s.strip().toUpperCase(Locale.ROOT)).name();
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status: must be OPEN, ACKNOWLEDGED or DONE, not " + s);
            }
        }).toList();
        return feedback.find(actor.tenant(), statuses, List.copyOf(actor.markets()));
    }

    @PostMapping(path = "/api/v1/insights/returns/feedback/detect", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Detect return-reason spikes now",
            description = "What the daily job does, for this tenant: raises or updates feedback items; idempotent.")
    SpikeDetection.Run detect(Actor actor) {
        actor.requireWrite();
        return detection.detect(actor.tenant());
    }

    @PostMapping(path = "/api/v1/insights/returns/feedback/{id}/acknowledge", produces = MediaType.APPLICATION_JSON_VALUE)
    ReturnFeedback acknowledge(Actor actor, @PathVariable UUID id) {
        actor.requireWrite();
        return feedback.advance(actor.tenant(), id, ReturnFeedback.Status.ACKNOWLEDGED, actor.name(), clock.instant());
    }

    @PostMapping(path = "/api/v1/insights/returns/feedback/{id}/done", produces = MediaType.APPLICATION_JSON_VALUE)
    ReturnFeedback done(Actor actor, @PathVariable UUID id) {
        actor.requireWrite();
        return feedback.advance(actor.tenant(), id, ReturnFeedback.Status.DONE, actor.name(), clock.instant());
    }

    @GetMapping(path = "/api/v1/insights/returns/feedback/settings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Spike detection settings in effect for this tenant (defaults with its overrides)")
    ReturnSpikes settings(Actor actor) {
        return settings.of(actor.tenant());
    }

    @PutMapping(path = "/api/v1/insights/returns/feedback/settings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Override spike detection settings for this tenant", description = "A null or missing field keeps the default.")
    ReturnSpikes override(Actor actor, @RequestBody SpikeSettings.Overrides overrides) {
        actor.requireManage();
        settings.override(actor.tenant(), overrides, actor.name());
        return settings.of(actor.tenant());
    }
}
