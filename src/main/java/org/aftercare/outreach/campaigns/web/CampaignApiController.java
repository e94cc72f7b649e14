package org.aftercare.outreach.campaigns.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.outreach.campaigns.AdjustedTimeline;
import org.aftercare.outreach.campaigns.Campaign;
import org.aftercare.outreach.campaigns.CampaignPreview;
import org.aftercare.outreach.campaigns.CampaignReport;
import org.aftercare.outreach.campaigns.CampaignRequest;
import org.aftercare.outreach.campaigns.Campaigns;
import org.aftercare.tenancy.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Incident campaigns over the API: create, preview, set the timeline, send, pause, resume, cancel, report. */
@RestController
@RequestMapping(path = "/api/v1/outreach/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outreach campaigns", description = "One notice to every buyer an incident or a filter holds up")
class CampaignApiController {

    private final Campaigns campaigns;

    CampaignApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    List<Campaign> list(Actor actor) {
        return campaigns.list(actor);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A draft campaign over an incident or a filter of shipments (exactly one of them)")
    Campaign create(Actor actor, @RequestBody CampaignRequest request) {
        return campaigns.create(actor, request);
    }

    @GetMapping("/{id}")
    Campaign get(Actor actor, @PathVariable UUID id) {
        return campaigns.get(actor, id);
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "Affected orders and buyers by buyer language and channel, and a sample notice per language")
    CampaignPreview preview(Actor actor, @PathVariable UUID id) {
        return campaigns.preview(actor, id);
    }

    /** The timeline of a draft, and optionally its pace. */
    record TimelineBody(AdjustedTimeline timeline, Integer ratePerMinute) {
    }

    @PutMapping(path = "/{id}/timeline", consumes = MediaType.APPLICATION_JSON_VALUE)
    Campaign timeline(Actor actor, @PathVariable UUID id, @RequestBody TimelineBody body) {
        if (body == null) {
            throw new IllegalArgumentException("body: missing");
        }
        return campaigns.timeline(actor, id, body.timeline(), body.ratePerMinute());
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Queue a notice for every affected buyer not yet told and start sending at the campaign's rate",
            description = "Idempotent: sending again reaches only buyers who joined since; no buyer is written to "
                    + "twice for the same incident.")
    Campaign send(Actor actor, @PathVariable UUID id) {
        return campaigns.send(actor, id);
    }

    @PostMapping("/{id}/pause")
    Campaign pause(Actor actor, @PathVariable UUID id) {
        return campaigns.pause(actor, id);
    }

    @PostMapping("/{id}/resume")
    Campaign resume(Actor actor, @PathVariable UUID id) {
        return campaigns.resume(actor, id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Stop: sent notices stay, queued ones are dropped")
    Campaign cancel(Actor actor, @PathVariable UUID id) {
        return campaigns.cancel(actor, id);
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "Per channel: held, sending, sent, failed, bounced (refused for good), skipped (no address)")
    CampaignReport report(Actor actor, @PathVariable UUID id) {
        return campaigns.report(actor, id);
    }
}
