package org.aftercare.outreach.campaigns;

import java.util.List;

import org.aftercare.outreach.Channel;

/**
 * Where a campaign stands, per channel and in total.
 *
 * @param held    queued, waiting for the pacer
 * @param sending released to the outbox (or waiting for a retry), not yet sent
 * @param failed  given up on after every retry
 * @param bounced refused for good: an invalid address, or the server rejected the recipient
 * @param skipped no address on any of the shop's channels
 * @param proposed held for an agent: the buyer had the shop's limit of notices in 24 h already
 */
public record CampaignReport(List<Line> channels, Line total) {

    public record Line(Channel channel, int held, int sending, int sent, int failed, int bounced, int skipped,
                       int proposed) {

        public int notices() {
            return held + sending + sent + failed + bounced + skipped + proposed;
        }

        /** Notices the campaign is through with: sent, failed, bounced, skipped, or handed to an agent. */
        public int done() {
            return sent + failed + bounced + skipped + proposed;
        }

        /** Share of notices settled, 0–100. */
        public int percent() {
            return notices() == 0 ? 100 : (int) Math.floor(100.0 * done() / notices());
        }
    }

    static CampaignReport of(List<Line> channels) {
        Line total = new Line(null, channels.stream().mapToInt(Line::held).sum(),
                channels.stream().mapToInt(Line::sending).sum(), channels.stream().mapToInt(Line::sent).sum(),
                channels.stream().mapToInt(Line::failed).sum(), channels.stream().mapToInt(Line::bounced).sum(),
                channels.stream().mapToInt(Line::skipped).sum(), channels.stream().mapToInt(Line::proposed).sum());
        return new CampaignReport(channels, total);
    }
}
