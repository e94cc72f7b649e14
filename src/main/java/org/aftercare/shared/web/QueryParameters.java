package org.aftercare.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Reading and writing the filter parameters of a list page (the alert board, the desk inbox): an
 * unknown value is a clear error naming the parameter and the valid values; empty parameters stay
 * out of the links a page builds.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The enum constant a parameter names (any case), null when empty. */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        String text = value == null || value.isBlank() ? null : value.strip();
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

    /** Adds the parameter to a link unless it is empty. */
    public static void addIfPresent(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value.strip());
        }
    }

    /** The first value of a parameter of a parsed query string, decoded. */
    public static String decoded(MultiValueMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
    }
}
