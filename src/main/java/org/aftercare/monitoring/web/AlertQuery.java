package org.aftercare.monitoring.web;

import static org.aftercare.shared.web.QueryParameters.addIfPresent;
import static org.aftercare.shared.web.QueryParameters.decoded;
import static org.aftercare.shared.web.QueryParameters.enumValue;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.aftercare.monitoring.AlertFilter;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.AlertStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters as a request writes them — the API's query parameters and the console's
 * filter form alike. Each bad value is rejected naming its parameter and what would be valid.
 */
record AlertQuery(String trackingNumber, String rule, String status, String carrier, String lane, String shop,
                  String minAge, String maxAge, Integer page, Integer size) {

    static final int PAGE_SIZE = 50;

    AlertFilter toFilter() {
        return new AlertFilter(blankToNull(trackingNumber), parsedRule(), parsedStatus(), blankToNull(carrier), parsedLane(), parsedShop(),
                age("minAge", minAge), age("maxAge", maxAge), page == null ? 0 : page, size == null ? PAGE_SIZE : size);
    }

    static AlertQuery none() {
        return new AlertQuery(null, null, null, null, null, null, null, null, null, null);
    }

    /** The filters of a board URL, e.g. the page an htmx action was sent from. */
    static AlertQuery fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return none();
        }
        MultiValueMap<String, String> q;
        try {
            q = UriComponentsBuilder.fromUriString(url).build(true).getQueryParams();
        }
        catch (IllegalArgumentException malformed) {
            return none();
        }
        return new AlertQuery(decoded(q, "trackingNumber"), decoded(q, "rule"), decoded(q, "status"), decoded(q, "carrier"),
                decoded(q, "lane"), decoded(q, "shop"), decoded(q, "minAge"), decoded(q, "maxAge"), number(q, "page"), number(q, "size"));
    }

    /** The board's URL with these filters; empty ones are left out. */
    public String link() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/alerts");
        addIfPresent(url, "trackingNumber", trackingNumber);
        addIfPresent(url, "rule", rule);
        addIfPresent(url, "status", status);
        addIfPresent(url, "carrier", carrier);
        addIfPresent(url, "lane", lane);
        addIfPresent(url, "shop", shop);
        addIfPresent(url, "minAge", minAge);
        addIfPresent(url, "maxAge", maxAge);
        if (page != null && page > 0) {
            url.queryParam("page", page);
        }
        if (size != null) {
            url.queryParam("size", size);
        }
        return url.encode().build().toUriString();
    }

    public boolean filtered() {
        return Stream.of(trackingNumber, rule, status, carrier, lane, shop, minAge, maxAge).anyMatch(v -> v != null && !v.isBlank());
    }

    public AlertQuery atPage(int newPage) {
        return new AlertQuery(trackingNumber, rule, status, carrier, lane, shop, minAge, maxAge, newPage, size);
    }

    public AlertQuery withRule(String newRule) {
        return new AlertQuery(trackingNumber, newRule, status, carrier, lane, shop, minAge, maxAge, 0, size);
    }

    private AlertRule parsedRule() {
        return enumValue("rule", rule, AlertRule.class);
    }

    private AlertStatus parsedStatus() {
        return enumValue("status", status, AlertStatus.class);
    }

    private String parsedLane() {
        String value = blankToNull(lane);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}-[A-Z]{2}")) {
            throw new IllegalArgumentException("lane: write it as ORIGIN-DESTINATION country codes, e.g. CN-US");
        }
        return upper;
    }

    private UUID parsedShop() {
        String value = blankToNull(shop);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shop: not a shop id (UUID): " + value);
        }
    }

    private static Duration age(String parameter, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            Duration age = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (age.isNegative()) {
                throw new IllegalArgumentException(parameter + ": an age cannot be negative");
            }
            return age;
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException(parameter + ": an ISO-8601 duration such as PT48H or P3D, not " + text);
        }
    }




    private static Integer number(MultiValueMap<String, String> q, String name) {
        String value = decoded(q, name);
        return value == null || !value.matches("\\d{1,6}") ? null : Integer.valueOf(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
