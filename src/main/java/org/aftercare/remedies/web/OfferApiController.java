package org.aftercare.remedies.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferId;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferRequest;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.Offers;
import org.aftercare.tenancy.Actor;
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

@RestController
@RequestMapping("/api/v1/offers")
@Tag(name = "Offers", description = "Compensation offers: proposed by the tiers or an agent, granted within the caps or approved")
class OfferApiController {

    private final Offers offers;

    OfferApiController(Offers offers) {
        this.offers = offers;
    }

    /** A proposal: the order, and for an override the kind, the reason and optionally the amount. */
    record ProposeBody(UUID order, OfferKind kind, BigDecimal amount, String reason) {
    }

    record DecisionBody(String note, String reason) {
    }

    @GetMapping
    @Operation(summary = "The offer queue, or an order's offers",
            description = "Without order: offers in the given states (open ones by default), those needing approval first.")
    List<Offer> list(Actor actor, @RequestParam(required = false) UUID order,
                     @RequestParam(required = false) List<OfferState> state) {
        if (order != null) {
            return offers.ofOrder(actor, new OrderId(order));
        }
        return offers.queue(actor, state);
    }

    @GetMapping("/{id}")
    Offer get(Actor actor, @PathVariable UUID id) {
        return offers.get(actor, new OfferId(id));
    }

    @PostMapping
    @Operation(summary = "Propose an offer for an order",
            description = "Without kind the tiers decide from the order's newest parcel (400 naming kind when none applies). "
                    + "With kind it is an override and needs a written reason. 201 with the offer: PROPOSED, or "
                    + "APPROVAL_REQUIRED with the caps it breaches.")
    ResponseEntity<Offer> propose(Actor actor, @RequestBody ProposeBody body) {
        if (body == null || body.order() == null) {
            throw new IllegalArgumentException("order: required");
        }
        Offer offer = offers.propose(actor, new OrderId(body.order()),
                new OfferRequest(body.kind(), body.amount(), body.reason()));
        return ResponseEntity.created(URI.create("/api/v1/offers/" + offer.id())).body(offer);
    }

    @PostMapping("/{id}/grant")
    @Operation(summary = "Grant (or, for a manager, approve) an offer",
            description = "A proposed offer is re-checked against the caps: if it now breaches one it comes back "
                    + "APPROVAL_REQUIRED, not granted. An offer needing approval is granted by a manager or owner only (403).")
    Offer grant(Actor actor, @PathVariable UUID id, @RequestBody(required = false) DecisionBody body) {
        return offers.grant(actor, new OfferId(id), body == null ? null : body.note());
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline an offer", description = "The reason is required.")
    Offer decline(Actor actor, @PathVariable UUID id, @RequestBody(required = false) DecisionBody body) {
        return offers.decline(actor, new OfferId(id), body == null ? null : body.reason());
    }
}
