package org.aftercare.desk.console;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.aftercare.desk.TicketDetail;
import org.springframework.context.MessageSource;

/**
 * One entry of a ticket's history as the viewer reads it: the action in their language, and its
 * before and after values as status or priority names, or as agent names for an assignment.
 */
record HistoryLine(TicketDetail.Event event, String action, String from, String to) {

    private static final Set<String> STATUS_ACTIONS = Set.of("status", "reopened");

    static HistoryLine of(TicketDetail.Event e, Map<String, String> agentNames, MessageSource messages, Locale locale) {
        String action = messages.getMessage("desk.history." + e.action(), null, e.action(), locale);
        return new HistoryLine(e, action, value(e.action(), e.from(), agentNames, messages, locale),
                value(e.action(), e.to(), agentNames, messages, locale));
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
        return value;
    }
}
