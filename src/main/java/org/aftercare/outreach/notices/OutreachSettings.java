package org.aftercare.outreach.notices;

import java.util.List;
import java.util.Map;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticePolicy;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.tenancy.Shop;

/**
 * A shop's outreach settings: its own values where it set them, the module's defaults elsewhere.
 *
 * @param policies          what each alert rule does where the shop chose; the rest follow {@link OutreachProperties#RULE_DEFAULTS}
 * @param fallbackLanguages languages to write in when the buyer's has no text, in order; empty follows the shop's buyer languages
 */
public record OutreachSettings(List<Channel> channels, QuietHours quietHours, int maxPerDay,
                               Map<AlertRule, NoticePolicy> policies, List<String> fallbackLanguages) {

    public OutreachSettings {
        channels = List.copyOf(channels);
        policies = Map.copyOf(policies);
        fallbackLanguages = fallbackLanguages == null ? List.of() : List.copyOf(fallbackLanguages);
    }

    public NoticePolicy policy(AlertRule rule) {
        return policies.getOrDefault(rule, OutreachProperties.RULE_DEFAULTS.get(rule).policy());
    }

    /** The languages after the buyer's: the shop's choice, else the languages its buyers write in. */
    public List<String> fallbacks(Shop shop) {
        return fallbackLanguages.isEmpty() ? shop.buyerLanguages() : fallbackLanguages;
    }
}
