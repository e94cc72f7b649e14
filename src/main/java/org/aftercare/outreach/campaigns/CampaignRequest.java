package org.aftercare.outreach.campaigns;

import java.util.UUID;

/** A new campaign: over an incident or over a filter of shipments (exactly one), and what it says. */
public record CampaignRequest(String name, UUID incident, ShipmentFilter filter, AdjustedTimeline timeline,
                              Integer ratePerMinute) {
}
