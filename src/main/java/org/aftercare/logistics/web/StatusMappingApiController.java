package org.aftercare.logistics.web;

import java.util.List;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.StatusMappings;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.tenancy.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/status-mappings")
@Tag(name = "Status mappings", description = "How carriers' raw statuses read in Aftercare's status vocabulary")
class StatusMappingApiController {

    private final StatusMappings mappings;

    StatusMappingApiController(StatusMappings mappings) {
        this.mappings = mappings;
    }

    record MappingRequest(String provider, String rawStatus, TrackingStatus status, SubStatus subStatus,
                          Milestone milestone) {
    }

    @GetMapping
    @Operation(summary = "The mappings in force", description = "The tenant's own and the shipped defaults it has not replaced.")
    List<StatusMappings.Mapping> list(Actor actor) {
        return mappings.mappings(actor.tenant());
    }

    @GetMapping("/unmapped")
    @Operation(summary = "Raw statuses no mapping knows",
            description = "Grouped by provider and raw status with the number of events, first and last seen and an example description.")
    List<StatusMappings.Unmapped> unmapped(Actor actor) {
        return mappings.unmapped(actor.tenant());
    }

    @PutMapping
    @Operation(summary = "Map a raw status (managers and owners)",
            description = "Stores the tenant's mapping, applies it to the events already stored and derives their shipments again.")
    StatusMappings.Saved save(Actor actor, @RequestBody MappingRequest request) {
        actor.requireManage();
        return mappings.save(actor.tenant(), request.provider(), request.rawStatus(), request.status(),
                request.subStatus(), request.milestone(), actor.name());
    }
}
