package org.aftercare.monitoring.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.monitoring.AlertThresholds;
import org.aftercare.monitoring.ThresholdOverride;
import org.aftercare.tenancy.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/alert-settings")
@Tag(name = "Alert settings", description = "Alert thresholds per shop, carrier and lane")
class AlertSettingsApiController {

    private final AlertThresholds thresholds;

    AlertSettingsApiController(AlertThresholds thresholds) {
        this.thresholds = thresholds;
    }

    record Settings(ThresholdOverride defaults, List<ThresholdOverride> overrides) {
    }

    @GetMapping
    @Operation(summary = "The defaults and the tenant's overrides")
    Settings list(Actor actor) {
        return new Settings(thresholds.defaults(), thresholds.overrides(actor));
    }

    @PutMapping
    @Operation(summary = "Set the thresholds of a scope (managers and owners)",
            description = "Scope: any of shop, carrier, originCountry, destinationCountry (none = the whole tenant); "
                    + "the scope's existing override is replaced. Thresholds are ISO-8601 durations (PT48H, P5D); "
                    + "null inherits. lateRiskProbability is above 0 and at most 1. Parcels in flight are assessed "
                    + "again with the new thresholds.")
    ThresholdOverride save(Actor actor, @RequestBody ThresholdOverride override) {
        return thresholds.save(actor, override);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an override (managers and owners)")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        thresholds.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}
