package org.aftercare.outreach.campaigns;

/** DRAFT can be previewed and edited; SENDING releases notices at the campaign's rate until none is held (DONE). */
public enum CampaignStatus {
    DRAFT, SENDING, PAUSED, CANCELLED, DONE
}
