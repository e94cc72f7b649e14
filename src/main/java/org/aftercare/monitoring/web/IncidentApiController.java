package org.aftercare.monitoring.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.monitoring.IncidentId;
import org.aftercare.monitoring.IncidentStatus;
import org.aftercare.monitoring.IncidentView;
import org.aftercare.monitoring.Incidents;
import org.aftercare.tenancy.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Many parcels of one carrier and destination stalled at the same place")
class IncidentApiController {

    private final Incidents incidents;

    IncidentApiController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "List incidents", description = "Open ones first, then newest first; status filters (OPEN, RESOLVED).")
    List<IncidentView> list(Actor actor, @RequestParam(required = false) IncidentStatus status) {
        return incidents.list(actor, status);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an incident", description = "With the affected parcels and their tracking numbers.")
    IncidentView.Detail get(Actor actor, @PathVariable UUID id) {
        return incidents.get(actor, new IncidentId(id));
    }
}
