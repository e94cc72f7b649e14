package org.aftercare.monitoring.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftercare.monitoring.AlertFilter;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.AlertStatus;

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

    AlertQuery atPage(int newPage) {
        return new AlertQuery(trackingNumber, rule, status, carrier, lane, shop, minAge, maxAge, newPage, size);
    }

    AlertQuery withRule(String newRule) {
        return new AlertQuery(trackingNumber, newRule, status, carrier, lane, shop, minAge, maxAge, 0, size);
    }

    private AlertRule parsedRule() {
        return parse("rule", rule, AlertRule.class);
    }

    private AlertStatus parsedStatus() {
        return parse("status", status, AlertStatus.class);
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

    private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + ": unknown value " + text + "; valid: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
