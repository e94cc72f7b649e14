package org.aftercare.desk.console;

import static org.aftercare.shared.web.QueryParameters.addIfPresent;
import static org.aftercare.shared.web.QueryParameters.decoded;
import static org.aftercare.shared.web.QueryParameters.enumValue;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Intent;
import org.aftercare.desk.TicketFilter;
import org.aftercare.desk.TicketStatus;
import org.aftercare.tenancy.Actor;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox's filters as the filter form writes them. {@code assignee} is {@code me},
 * {@code none} (unassigned) or empty (anyone); {@code escalated} is {@code yes}, {@code no} or
 * empty. A bad value is rejected naming its parameter.
 */
record InboxQuery(String status, String market, String channel, String intent, String assignee, String escalated,
                  String language, String q, Integer page) {

    static final int PAGE_SIZE = 25;

    static InboxQuery none() {
        return new InboxQuery(null, null, null, null, null, null, null, null, null);
    }

    TicketFilter toFilter(Actor actor) {
        TicketStatus st = enumValue("status", status, TicketStatus.class);
        boolean me = "me".equalsIgnoreCase(blank(assignee));
        boolean unassigned = "none".equalsIgnoreCase(blank(assignee));
        if (blank(assignee) != null && !me && !unassigned) {
            throw new IllegalArgumentException("assignee: me, none or empty for anyone");
        }
        Boolean esc = switch (blank(escalated) == null ? "" : escalated.strip().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("escalated: yes, no or empty");
        };
        String m = blank(market);
        if (m != null && !m.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("market: a 2-letter country code");
        }
        String lang = blank(language);
        if (lang != null && !lang.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("language: an ISO 639 code such as de or und");
        }
        return new TicketFilter(st == null ? null : Set.of(st), m == null ? null : m.toUpperCase(Locale.ROOT), null,
                enumValue("channel", channel, Channel.class), enumValue("intent", intent, Intent.class),
                me && actor.user() != null ? actor.user().value() : null, unassigned, null, esc, lang, blank(q),
                TicketFilter.Sort.SLA_DUE, page == null || page < 0 ? 0 : page, PAGE_SIZE);
    }

    /** The filters of an inbox URL, e.g. the page an htmx request was sent from. */
    static InboxQuery fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return none();
        }
        MultiValueMap<String, String> p;
        try {
            p = UriComponentsBuilder.fromUriString(url).build(true).getQueryParams();
        }
        catch (IllegalArgumentException malformed) {
            return none();
        }
        String page = decoded(p, "page");
        return new InboxQuery(decoded(p, "status"), decoded(p, "market"), decoded(p, "channel"), decoded(p, "intent"),
                decoded(p, "assignee"), decoded(p, "escalated"), decoded(p, "language"), decoded(p, "q"),
                page != null && page.matches("\\d{1,6}") ? Integer.valueOf(page) : null);
    }

    public String link() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/desk");
        addIfPresent(url, "status", status);
        addIfPresent(url, "market", market);
        addIfPresent(url, "channel", channel);
        addIfPresent(url, "intent", intent);
        addIfPresent(url, "assignee", assignee);
        addIfPresent(url, "escalated", escalated);
        addIfPresent(url, "language", language);
        addIfPresent(url, "q", q);
        if (page != null && page > 0) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }

    public boolean filtered() {
        return Stream.of(status, market, channel, intent, assignee, escalated, language, q)
                .anyMatch(v -> v != null && !v.isBlank());
    }

    public InboxQuery atPage(int newPage) {
        return new InboxQuery(status, market, channel, intent, assignee, escalated, language, q, newPage);
    }

    public InboxQuery withStatus(String newStatus) {
        return new InboxQuery(newStatus, market, channel, intent, assignee, escalated, language, q, 0);
    }

    public boolean is(String parameterValue, Object candidate) {
        return parameterValue != null && candidate != null && parameterValue.equalsIgnoreCase(candidate.toString());
    }




    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
