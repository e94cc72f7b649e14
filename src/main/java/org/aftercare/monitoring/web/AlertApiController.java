package org.aftercare.monitoring.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertPage;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.AlertView;
import org.aftercare.monitoring.Alerts;
import org.aftercare.tenancy.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "Logistics alerts: find, acknowledge, assign, annotate and resolve them")
class AlertApiController {

    private final Alerts alerts;

    AlertApiController(Alerts alerts) {
        this.alerts = alerts;
    }

    /** An alert with everything that happened to it. */
    record AlertDetail(@JsonUnwrapped AlertView alert, List<Alerts.HistoryEntry> history) {
    }

    record Acknowledge(@NotEmpty @Size(max = 500) List<UUID> ids) {
    }

    record Acknowledged(int acknowledged, int requested) {
    }

    record Resolve(@NotBlank @Size(max = 2000) String resolution) {
    }

    record Assign(@NotBlank @Size(max = 200) String owner) {
    }

    record Note(@NotBlank @Size(max = 4000) String note) {
    }

    @GetMapping
    @Operation(summary = "Find alerts, most severe and oldest first",
            description = "Filters: trackingNumber; rule (NO_PICKUP, CUSTOMS_DWELL, STALLED, DELIVERY_FAILURE, RETURNING, "
                    + "EXCEPTION, LATE_RISK, OVERDUE, DELIVERED_NOT_RECEIVED); status (OPEN, ACKNOWLEDGED, RESOLVED; "
                    + "default: not resolved); carrier; lane (CN-US); shop; minAge and maxAge as ISO-8601 durations "
                    + "(PT48H, P3D) of now − raised at; page (from 0) and size (up to 500).")
    AlertPage find(Actor actor, AlertQuery query) {
        return alerts.page(actor, query.toFilter());
    }

    @GetMapping("/counts")
    @Operation(summary = "Open and acknowledged alerts per rule")
    Map<AlertRule, Integer> counts(Actor actor) {
        Map<AlertRule, Integer> counts = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            counts.put(rule, 0);
        }
        counts.putAll(alerts.countsByRule(actor));
        return counts;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an alert with its history")
    AlertDetail get(Actor actor, @PathVariable UUID id) {
        return detail(actor, new AlertId(id));
    }

    @PostMapping("/acknowledge")
    @Operation(summary = "Acknowledge open alerts in bulk",
            description = "Alerts already acknowledged or resolved, or not visible to the caller, are left as they are.")
    Acknowledged acknowledge(Actor actor, @Valid @RequestBody Acknowledge request) {
        int changed = alerts.acknowledge(actor, request.ids().stream().map(AlertId::new).toList());
        return new Acknowledged(changed, request.ids().size());
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve an alert, saying how", description = "400 when it is already resolved.")
    AlertDetail resolve(Actor actor, @PathVariable UUID id, @Valid @RequestBody Resolve request) {
        alerts.resolve(actor, new AlertId(id), request.resolution().strip());
        return detail(actor, new AlertId(id));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Give an alert an owner")
    AlertDetail assign(Actor actor, @PathVariable UUID id, @Valid @RequestBody Assign request) {
        alerts.assign(actor, new AlertId(id), request.owner().strip());
        return detail(actor, new AlertId(id));
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a note to an alert's history")
    AlertDetail note(Actor actor, @PathVariable UUID id, @Valid @RequestBody Note request) {
        alerts.note(actor, new AlertId(id), request.note().strip());
        return detail(actor, new AlertId(id));
    }

    private AlertDetail detail(Actor actor, AlertId id) {
        return new AlertDetail(alerts.get(actor, id), alerts.history(actor, id));
    }
}
