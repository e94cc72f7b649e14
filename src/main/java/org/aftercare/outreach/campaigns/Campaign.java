package org.aftercare.outreach.campaigns;

import java.time.Instant;
import java.util.UUID;

/**
 * An incident campaign: its source (an incident, or a filter over shipments), what it tells the
 * buyers, its pace, and its state. Transitions are guarded here; {@link Campaigns} persists them.
 *
 * @param affectedBuyers buyers the source reached when it was (last) sent
 * @param queued         notices this campaign wrote
 * @param alreadyTold    buyers skipped because they already had a notice for the same incident or campaign
 * @param dropped        notices cancelled before they were sent
 */
public record Campaign(UUID id, String name, UUID incident, ShipmentFilter filter, AdjustedTimeline timeline,
                       int ratePerMinute, CampaignStatus status, int affectedBuyers, int queued, int alreadyTold,
                       int dropped, Instant createdAt, String createdBy, Instant sentAt, Instant finishedAt) {

    /** Notices a minute by default; each campaign may set its own (a carrier's or a mail server's limits). */
    public static final int DEFAULT_RATE_PER_MINUTE = 600;
    public static final int MAX_RATE_PER_MINUTE = 100_000;

    public boolean fromIncident() {
        return incident != null;
    }

    /**
     * The send key of a notice to a buyer is this prefix and the buyer's id: per incident when there is
     * one, so every campaign over the incident shares it, else per campaign.
     */
    public String sendKeyPrefix() {
        return fromIncident() ? "incident:" + incident + ":" : "campaign:" + id + ":";
    }

    public void requireEditable() {
        if (status != CampaignStatus.DRAFT) {
            throw new IllegalArgumentException("status: only a DRAFT campaign can be changed, this one is " + status);
        }
    }

    /** A draft is sent; a sending, paused or done campaign may be sent again and reaches only buyers not yet told. */
    public void requireSendable() {
        if (status == CampaignStatus.CANCELLED) {
            throw new IllegalArgumentException("status: a CANCELLED campaign cannot be sent");
        }
    }

    public void requirePausable() {
        if (status != CampaignStatus.SENDING) {
            throw new IllegalArgumentException("status: only a SENDING campaign can be paused, this one is " + status);
        }
    }

    public void requireResumable() {
        if (status != CampaignStatus.PAUSED) {
            throw new IllegalArgumentException("status: only a PAUSED campaign can be resumed, this one is " + status);
        }
    }

    public void requireCancellable() {
        if (status != CampaignStatus.SENDING && status != CampaignStatus.PAUSED && status != CampaignStatus.DRAFT) {
            throw new IllegalArgumentException("status: a " + status + " campaign cannot be cancelled");
        }
    }

    static int checkedRate(Integer rate) {
        if (rate == null) {
            return DEFAULT_RATE_PER_MINUTE;
        }
        if (rate < 1 || rate > MAX_RATE_PER_MINUTE) {
            throw new IllegalArgumentException("ratePerMinute: between 1 and " + MAX_RATE_PER_MINUTE);
        }
        return rate;
    }
}
