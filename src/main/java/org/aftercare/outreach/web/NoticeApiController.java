package org.aftercare.outreach.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.outreach.Composition;
import org.aftercare.outreach.NoticeId;
import org.aftercare.outreach.NoticeStatus;
import org.aftercare.outreach.NoticeView;
import org.aftercare.outreach.Notices;
import org.aftercare.tenancy.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Notices to buyers over the API: list, preview, compose, and an agent's send or skip of a proposal. */
@RestController
@RequestMapping(path = "/api/v1/outreach/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outreach notices", description = "Notices written to buyers before they ask, and their delivery")
class NoticeApiController {

    private final Notices notices;

    NoticeApiController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "The newest notices (200 at most), of one order number or status")
    List<NoticeView> list(Actor actor, @RequestParam(required = false) String order,
                          @RequestParam(required = false) NoticeStatus status) {
        return notices.find(actor, order, status);
    }

    @GetMapping("/{id}")
    NoticeView get(Actor actor, @PathVariable UUID id) {
        return notices.get(actor, new NoticeId(id));
    }

    @GetMapping("/of-order/{order}")
    @Operation(summary = "Every notice of an order, oldest first")
    List<NoticeView> ofOrder(Actor actor, @PathVariable UUID order) {
        return notices.ofOrder(actor, new OrderId(order));
    }

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The notice filled from the order, in the buyer's language and in every language",
            description = "forBuyer.languageWanted is set when the buyer's language has no text and the shop's "
                    + "fallback chain was used (a warning).")
    Notices.Preview preview(Actor actor, @RequestBody Composition composition) {
        return notices.preview(actor, composition);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compose a notice for an order and queue it",
            description = "Quiet hours in the buyer's zone and the per-buyer rate limit apply. The Idempotency-Key "
                    + "header (or idempotencyKey) makes a repeated request return the same notice.")
    NoticeView compose(Actor actor, @RequestBody Composition composition,
                       @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Composition c = key == null || composition == null ? composition
                : new Composition(composition.order(), composition.shipment(), composition.scenario(), composition.reason(),
                        composition.etaFrom(), composition.etaTo(), composition.nextUpdateAt(), composition.coupon(), key);
        return notices.compose(actor, c);
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Send a proposed notice")
    NoticeView send(Actor actor, @PathVariable UUID id) {
        return notices.send(actor, new NoticeId(id));
    }

    @PostMapping("/{id}/skip")
    @Operation(summary = "Skip a proposed notice")
    NoticeView skip(Actor actor, @PathVariable UUID id) {
        return notices.skip(actor, new NoticeId(id));
    }
}
