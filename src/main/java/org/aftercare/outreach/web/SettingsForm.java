package org.aftercare.outreach.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticePolicy;
import org.aftercare.outreach.NoticeTemplates;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.outreach.notices.OutreachSettings;
import org.aftercare.outreach.notices.QuietHours;
import org.springframework.util.MultiValueMap;

/**
 * The settings page's fields as typed, so a refused form comes back as it was sent.
 *
 * @param policies          per alert rule: AUTO, PROPOSE or OFF
 * @param channels          in order of preference; blanks are ignored
 * @param fallbackLanguages e.g. "de, en"; blank follows the shop's buyer languages
 */
record SettingsForm(Map<AlertRule, String> policies, List<String> channels, String quietFrom, String quietUntil,
                    String maxPerDay, String fallbackLanguages) {

    /** A buyer may be written to at most this often in 24 hours; more would be spam whatever the shop wants. */
    static final int MAX_PER_DAY_LIMIT = 20;

    static SettingsForm of(OutreachSettings settings) {
        Map<AlertRule, String> policies = new LinkedHashMap<>();
        for (AlertRule rule : AlertRule.values()) {
            policies.put(rule, settings.policy(rule).name());
        }
        return new SettingsForm(policies, settings.channels().stream().map(Enum::name).toList(),
                settings.quietHours().from().toString(), settings.quietHours().until().toString(),
                String.valueOf(settings.maxPerDay()), String.join(", ", settings.fallbackLanguages()));
    }

    static SettingsForm from(MultiValueMap<String, String> params) {
        Map<AlertRule, String> policies = new LinkedHashMap<>();
        for (AlertRule rule : AlertRule.values()) {
            policies.put(rule, params.getFirst("policy." + rule.name()));
        }
        List<String> channels = params.getOrDefault("channels", List.of()).stream()
                .filter(c -> c != null && !c.isBlank()).toList();
        return new SettingsForm(policies, channels, params.getFirst("quietFrom"), params.getFirst("quietUntil"),
                params.getFirst("maxPerDay"), params.getFirst("fallbackLanguages"));
    }

    /** The settings to store, or IllegalArgumentException naming the first field that is wrong. */
    OutreachSettings validated() {
        Map<AlertRule, NoticePolicy> chosen = new EnumMap<>(AlertRule.class);
        policies.forEach((rule, value) -> {
            NoticePolicy policy = policy(rule, value);
            if (policy != OutreachProperties.RULE_DEFAULTS.get(rule).policy()) {
                chosen.put(rule, policy);   // only deviations: the others keep following the defaults
            }
        });
        List<Channel> order = new ArrayList<>();
        for (String value : channels) {
            Channel channel;
            try {
                channel = Channel.valueOf(value.strip());
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("channels: unknown channel '" + value + "' (one of "
                        + Arrays.toString(Channel.values()) + ")");
            }
            if (order.contains(channel)) {
                throw new IllegalArgumentException("channels: " + channel + " is listed twice");
            }
            order.add(channel);
        }
        if (order.isEmpty()) {
            throw new IllegalArgumentException("channels: choose at least one channel");
        }
        QuietHours quiet = new QuietHours(time("quietFrom", quietFrom), time("quietUntil", quietUntil));
        return new OutreachSettings(order, quiet, dailyLimit(), chosen, languages());
    }

    private static NoticePolicy policy(AlertRule rule, String value) {
        if (value == null || value.isBlank()) {
            return OutreachProperties.RULE_DEFAULTS.get(rule).policy();
        }
        try {
            return NoticePolicy.valueOf(value.strip());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policies." + rule + ": unknown policy '" + value + "' (AUTO, PROPOSE or OFF)");
        }
    }

    private static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required, a time like 21:00");
        }
        try {
            return LocalTime.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a time like 21:00");
        }
    }

    private int dailyLimit() {
        try {
            int max = Integer.parseInt(maxPerDay == null ? "" : maxPerDay.strip());
            if (max >= 1 && max <= MAX_PER_DAY_LIMIT) {
                return max;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("maxPerDay: '" + maxPerDay + "' is not a whole number from 1 to " + MAX_PER_DAY_LIMIT);
    }

    private List<String> languages() {
        List<String> languages = new ArrayList<>();
        if (fallbackLanguages == null || fallbackLanguages.isBlank()) {
            return languages;
        }
        for (String value : fallbackLanguages.strip().split("[,\\s]+")) {
            String language = value.toLowerCase(Locale.ROOT);
            if (!NoticeTemplates.languages().contains(language)) {
                throw new IllegalArgumentException("fallbackLanguages: '" + value + "' has no notice texts (one of "
                        + String.join(", ", NoticeTemplates.languages()) + ")");
            }
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }
}
