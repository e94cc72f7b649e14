package org.aftercare.monitoring;

import static org.aftercare.logistics.Milestone.DEPARTED_ORIGIN;
import static org.aftercare.logistics.Milestone.PICKED_UP;
import static org.aftercare.monitoring.AShipment.NOW;
import static org.aftercare.monitoring.AShipment.shippedDaysAgo;
import static org.aftercare.monitoring.AShipment.shippedHoursAgo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;

import org.aftercare.monitoring.rules.AlertRules;
import org.aftercare.monitoring.rules.RuleContext;
import org.aftercare.monitoring.rules.Thresholds;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reasons read naturally in both console languages, from the same key and arguments. */
class AlertReasonTextTests {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void noPickupInEnglishAndChinese() {
        ReasonText reason = firingReason(shippedHoursAgo(49));
        assertThat(reason.render(messages, Locale.ENGLISH))
                .isEqualTo("No carrier pickup scan since the label was created at 2026-11-21 11:00 UTC (threshold 48 h)");
        assertThat(reason.render(messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("面单创建于 2026-11-21 11:00 UTC，至今没有承运商揽收扫描（阈值 48 小时）");
    }

    @Test
    void stalledNamesPlaceAndLegInEitherLanguage() {
        ReasonText reason = firingReason(shippedDaysAgo(10).reachedDaysAgo(PICKED_UP, 9, "Shenzhen")
                .reachedDaysAgo(DEPARTED_ORIGIN, 8, "Shenzhen Bao'an airport"));
        assertThat(reason.render(messages, Locale.ENGLISH)).isEqualTo(
                "No tracking update since 2026-11-15 12:00 UTC at Shenzhen Bao'an airport (leg Line haul; threshold 7 days)");
        assertThat(reason.render(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "自 2026-11-15 12:00 UTC 起无物流更新（Shenzhen Bao'an airport）（环节：干线运输；阈值 7 天）");
    }

    @Test
    void storedArgumentsSurviveTheRoundTrip() {
        ReasonText reason = ReasonText.of("alert.reason.exception", "#alert.arg.exception.lost", "");
        ReasonText stored = ReasonText.stored(reason.key(), ReasonText.joined(reason.args()));
        assertThat(stored).isEqualTo(reason);
        assertThat(stored.render(messages, Locale.ENGLISH)).isEqualTo("The carrier reports lost");
    }

    private static ReasonText firingReason(AShipment shipment) {
        RuleContext context = new RuleContext(Thresholds.DEFAULTS, NOW, BusinessCalendar.of("CN", ZoneId.of("Asia/Shanghai")),
                BusinessCalendar.of("US", ZoneId.of("America/New_York")));
        return AlertRules.assess(shipment.build(), context).firing().getFirst().reason();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/monitoring");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
