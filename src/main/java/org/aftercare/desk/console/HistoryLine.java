package org.aftercare.desk.console;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.aftercare.desk.TicketDetail;
import org.springframework.context.MessageSource;

/**
 * One entry of a ticket's history as the viewer reads it: the action in their language, its before
 * and after values as status, priority, clock or agent names, and its detail in their language
 * where the desk wrote it in a known form (risk and reasons, team, SLA level, parcel); a detail of
 * another form (a delivery error) is shown as written.
 */
record HistoryLine(TicketDetail.Event event, String action, String from, String to, String detail) {

    private static final Set<String> STATUS_ACTIONS = Set.of("status", "reopened");
    private static final Set<String> SLA_ACTIONS = Set.of("sla-warning", "sla-breach");
    private static final Pattern RISK = Pattern.compile("risk (\\d+): \\[(.*)]");
    private static final Pattern TEAM = Pattern.compile("team ([0-9a-f-]{36})");
    private static final Pattern SLA_LEVEL = Pattern.compile("([A-Z_]+) at (\\d+) %");
    private static final Pattern ALERT_FOR = Pattern.compile("alert opened for (\\S+)");

    static HistoryLine of(TicketDetail.Event e, Map<String, String> agentNames, Map<String, String> teamNames,
                          MessageSource messages, Locale locale) {
        String action = messages.getMessage("desk.history." + e.action(), null, e.action(), locale);
        return new HistoryLine(e, action, value(e.action(), e.from(), agentNames, messages, locale),
                value(e.action(), e.to(), agentNames, messages, locale), detail(e, teamNames, messages, locale));
    }

    private static String value(String action, String value, Map<String, String> agentNames, MessageSource messages,
                                Locale locale) {
        if (value == null) {
            return null;
        }
        if (STATUS_ACTIONS.contains(action)) {
            return messages.getMessage("desk.status." + value, null, value, locale);
        }
        if (action.equals("priority") || action.equals("escalated")) {
            return messages.getMessage("desk.priority." + value, null, value, locale);
        }
        if (action.equals("assigned")) {
            return agentNames.getOrDefault(value, value);
        }
        if (SLA_ACTIONS.contains(action)) {
            return value.matches("\\d+") ? value + " %" : metric(value, messages, locale);
        }
        return value;
    }

    private static String detail(TicketDetail.Event e, Map<String, String> teamNames, MessageSource messages,
                                 Locale locale) {
        String detail = e.detail();
        if (detail == null || SLA_ACTIONS.contains(e.action())) {
            return null;
        }
        Matcher m;
        if ((m = RISK.matcher(detail)).matches()) {
            String reasons = Arrays.stream(m.group(2).split(",\\s*")).filter(r -> !r.isBlank())
                    .map(r -> messages.getMessage("desk.risk." + r.strip(), null, r.strip(), locale))
                    .collect(Collectors.joining(", "));
            return messages.getMessage("desk.history.detail.risk", new Object[] {m.group(1), reasons}, locale);
        }
        if ((m = TEAM.matcher(detail)).matches()) {
            return messages.getMessage("desk.history.detail.team",
                    new Object[] {teamNames.getOrDefault(m.group(1), m.group(1))}, locale);
        }
        if ((m = SLA_LEVEL.matcher(detail)).matches()) {
            return messages.getMessage("desk.history.detail.slaLevel",
                    new Object[] {metric(m.group(1), messages, locale), m.group(2)}, locale);
        }
        if ((m = ALERT_FOR.matcher(detail)).matches() || e.action().equals("carrier-ticket")) {
            return messages.getMessage("desk.history.detail.parcel", new Object[] {m.matches() ? m.group(1) : detail},
                    locale);
        }
        if (detail.startsWith("language not supported")) {
            return messages.getMessage("desk.history.detail.unsupported", null, locale);
        }
        return detail;
    }

    private static String metric(String metric, MessageSource messages, Locale locale) {
        return messages.getMessage("desk.history.metric." + metric, null, metric, locale);
    }
}
