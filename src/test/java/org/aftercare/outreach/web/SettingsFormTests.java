package org.aftercare.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticePolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The settings page's fields, as a manager may type them, and what is refused with which field. */
class SettingsFormTests {

    @Test
    void aValidFormKeepsOnlyThePoliciesThatDifferFromTheDefaults() {
        var settings = SettingsForm.from(form("EMAIL,SMS", "22:00", "07:30", "3", "FR, en")).validated();

        assertThat(settings.channels()).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(settings.quietHours().from()).isEqualTo(LocalTime.of(22, 0));
        assertThat(settings.quietHours().until()).isEqualTo(LocalTime.of(7, 30));
        assertThat(settings.maxPerDay()).isEqualTo(3);
        assertThat(settings.fallbackLanguages()).containsExactly("fr", "en");
        assertThat(settings.policies()).containsOnlyKeys(AlertRule.LATE_RISK);
        assertThat(settings.policy(AlertRule.LATE_RISK)).isEqualTo(NoticePolicy.OFF);
        assertThat(settings.policy(AlertRule.NO_PICKUP)).isEqualTo(NoticePolicy.AUTO);
    }

    @ParameterizedTest(name = "channels {0}, quiet {1}–{2}, {3} a day, fallback ''{4}'' → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL,EMAIL | 21:00 | 08:00 | 2  |        | channels: EMAIL is listed twice
            ,           | 21:00 | 08:00 | 2  |        | channels: choose at least one channel
            FAX         | 21:00 | 08:00 | 2  |        | channels: unknown channel 'FAX'
            EMAIL       | 9pm   | 08:00 | 2  |        | quietFrom: '9pm' is not a time like 21:00
            EMAIL       | 21:00 |       | 2  |        | quietUntil: required
            EMAIL       | 21:00 | 08:00 | 0  |        | maxPerDay: '0' is not a whole number from 1 to 20
            EMAIL       | 21:00 | 08:00 | 21 |        | maxPerDay: '21' is not a whole number from 1 to 20
            EMAIL       | 21:00 | 08:00 | x  |        | maxPerDay: 'x' is not a whole number
            EMAIL       | 21:00 | 08:00 | 2  | de, pt | fallbackLanguages: 'pt' has no notice texts
            """)
    void aWrongValueIsRefusedNamingTheField(String channels, String from, String until, String max, String fallbacks,
                                            String error) {
        assertThatThrownBy(() -> SettingsForm.from(form(channels, from, until, max, fallbacks)).validated())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(error);
    }

    @Test
    void anUnknownPolicyIsRefusedNamingTheRule() {
        MultiValueMap<String, String> params = form("EMAIL", "21:00", "08:00", "2", null);
        params.set("policy.STALLED", "SOMETIMES");
        assertThatThrownBy(() -> SettingsForm.from(params).validated())
                .hasMessageStartingWith("policies.STALLED: unknown policy 'SOMETIMES'");
    }

    private static MultiValueMap<String, String> form(String channels, String from, String until, String max, String fallbacks) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (AlertRule rule : AlertRule.values()) {
            params.add("policy." + rule.name(), rule == AlertRule.LATE_RISK ? "OFF"
                    : org.aftercare.outreach.OutreachProperties.RULE_DEFAULTS.get(rule).policy().name());
        }
        params.put("channels", channels == null ? List.of("") : List.of(channels.split(",")));
        params.add("quietFrom", from);
        params.add("quietUntil", until);
        params.add("maxPerDay", max);
        params.add("fallbackLanguages", fallbacks);
        return params;
    }
}
