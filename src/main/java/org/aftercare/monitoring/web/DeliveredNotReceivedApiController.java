package org.aftercare.monitoring.web;

import java.net.URI;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.Alerts;
import org.aftercare.tenancy.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A buyer says a parcel the carrier scanned as delivered never arrived. */
@RestController
@Tag(name = "Alerts")
class DeliveredNotReceivedApiController {

    private final Alerts alerts;

    DeliveredNotReceivedApiController(Alerts alerts) {
        this.alerts = alerts;
    }

    record Report(@NotBlank @Size(max = 4000) String statement) {
    }

    @PostMapping("/api/v1/shipments/{id}/delivered-not-received")
    @Operation(summary = "Report a delivered parcel as not received",
            description = "Opens the DELIVERED_NOT_RECEIVED alert (one per shipment; a second report adds to its "
                    + "history). 400 when the shipment has no delivered scan.")
    ResponseEntity<AlertApiController.AlertDetail> report(Actor actor, @PathVariable UUID id,
                                                          @Valid @RequestBody Report report) {
        AlertId alert = alerts.deliveredNotReceived(actor, new ShipmentId(id), report.statement().strip());
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + alert))
                .body(new AlertApiController.AlertDetail(alerts.get(actor, alert), alerts.history(actor, alert)));
    }
}
