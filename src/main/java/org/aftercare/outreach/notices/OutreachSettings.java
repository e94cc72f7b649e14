package org.aftercare.outreach.notices;

import java.util.List;
import java.util.Map;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticePolicy;
import org.aftercare.outreach.OutreachProperties;

/** A shop's outreach settings: its own values where it set them, the module's defaults elsewhere. */
public record OutreachSettings(List<Channel> channels, QuietHours quietHours, int maxPerDay,
                               Map<AlertRule, NoticePolicy> policies) {

    public NoticePolicy policy(AlertRule rule) {
        return policies.getOrDefault(rule, OutreachProperties.RULE_DEFAULTS.get(rule).policy());
    }
}
