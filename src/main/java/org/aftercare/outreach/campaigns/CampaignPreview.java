package org.aftercare.outreach.campaigns;

import java.util.List;

import org.aftercare.outreach.Channel;

/**
 * What a campaign would do: the affected orders and buyers per buyer language and channel, and one
 * notice per language exactly as it would be sent (to the first buyer of that language).
 *
 * @param language the notice language (after the fallback chain); {@code buyerLanguage} is the buyer's own
 * @param channel  null for buyers with no address on any of the shop's channels
 */
public record CampaignPreview(List<Row> rows, int orders, int buyers, List<Sample> samples) {

    public record Row(String buyerLanguage, Channel channel, int orders, int buyers) {
    }

    public record Sample(String language, String languageWanted, String orderNumber, String subject, String body) {
    }
}
