package org.aftercare.logistics.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Shipments", description = "Shipments of the tenant's shops, their tracking state and ETA")
class ShipmentApiController {

    private final Shipments shipments;
    private final Shops shops;
    private final Orders orders;

    ShipmentApiController(Shipments shipments, Shops shops, Orders orders) {
        this.shipments = shipments;
        this.shops = shops;
        this.orders = orders;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a shipment",
            description = "201 when registered; 200 when the carrier and tracking number were registered before. "
                    + "Tracking events that arrived before the shipment are linked to it at once.")
    ResponseEntity<ShipmentResponse> register(Actor actor, @Valid @RequestBody ShipmentRequest request) {
        actor.requireWrite();
        visibleShop(actor, new ShopId(request.shop()));
        if (request.orderId() != null) {
            orders.find(actor.tenant(), new OrderId(request.orderId()))
                    .orElseThrow(() -> new NotFound("Order", request.orderId()));
        }
        boolean existed = shipments.find(actor.tenant(), request.carrier().strip(), request.trackingNumber()).isPresent();
        ShipmentId id = shipments.register(actor.tenant(), request.toRegistration());
        ShipmentResponse body = response(actor, id);
        URI location = URI.create("/api/v1/shipments/" + id.value());
        return existed
                ? ResponseEntity.ok().location(location).body(body)
                : ResponseEntity.created(location).body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a shipment", description = "Its derived tracking state, milestones and ETA window.")
    ShipmentResponse get(Actor actor, @PathVariable UUID id) {
        return response(actor, new ShipmentId(id));
    }

    @GetMapping
    @Operation(summary = "Find shipments by tracking number",
            description = "Matches the line-haul and the last-mile tracking number; newest first.")
    List<ShipmentResponse> find(Actor actor, @RequestParam String trackingNumber) {
        if (trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber: required");
        }
        List<ShipmentId> ids = shipments.findByTrackingNumber(actor.tenant(), trackingNumber);
        return shipments.snapshots(ids).stream()
                .filter(s -> visible(actor, s))
                .map(s -> ShipmentResponse.of(s, shipments.eta(s)))
                .toList();
    }

    private ShipmentResponse response(Actor actor, ShipmentId id) {
        ShipmentSnapshot snapshot = shipments.snapshots(List.of(id)).stream()
                .filter(s -> visible(actor, s))
                .findFirst()
                .orElseThrow(() -> new NotFound("Shipment", id.value()));
        return ShipmentResponse.of(snapshot, shipments.eta(snapshot));
    }

    private boolean visible(Actor actor, ShipmentSnapshot shipment) {
        return shipment.tenant().equals(actor.tenant())
                && shops.find(actor.tenant(), shipment.shop()).filter(s -> actor.serves(s.market())).isPresent();
    }

    private void visibleShop(Actor actor, ShopId id) {
        shops.find(actor.tenant(), id).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", id.value()));
    }
}
