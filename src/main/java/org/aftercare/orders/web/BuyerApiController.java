package org.aftercare.orders.web;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.orders.BuyerId;
import org.aftercare.orders.Buyers;
import org.aftercare.tenancy.Actor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/buyers")
@Tag(name = "Buyers")
class BuyerApiController {

    private final Buyers buyers;

    BuyerApiController(Buyers buyers) {
        this.buyers = buyers;
    }

    /** @param erasedNow false when the buyer had been erased before; nothing changed then */
    record ErasureResponse(UUID buyer, Instant erasedAt, boolean erasedNow) {
    }

    @PostMapping("/{id}/erasure")
    @Operation(summary = "Erase a buyer's personal data",
            description = "Managers and owners. Name, e-mail and phone are removed for good; orders stay. Repeating it changes nothing.")
    ErasureResponse erase(Actor actor, @PathVariable UUID id) {
        Buyers.Erasure erasure = buyers.erase(actor, new BuyerId(id));
        return new ErasureResponse(erasure.buyer().value(), erasure.erasedAt(), erasure.now());
    }
}
