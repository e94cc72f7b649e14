package org.aftercare.logistics.importing;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.shared.calendar.Countries;
import org.aftercare.shared.calendar.IsoDateTime;

/**
 * A tracking event as a seller's system wrote it — every field still text, from our JSON batch API
 * or a CSV file — and the rules that turn it into an {@link IncomingEvent}. Every broken field is
 * reported, not only the first, with the reason the seller reads.
 *
 * <p>A time without offset or zone is read in {@code zone}, else in the main zone of
 * {@code country}; with neither, it means no instant and the event is rejected rather than guessed.
 */
public record EventText(String trackingNumber, String carrier, String provider, String eventId, String occurredAt,
                        String zone, String country, String location, String rawStatus, String description,
                        String status, String subStatus, String milestone) {

    static final int MAX_TRACKING_NUMBER = 64;
    static final int MAX_CODE = 32;
    static final int MAX_EVENT_ID = 128;
    static final int MAX_LOCATION = 200;
    static final int MAX_RAW_STATUS = 128;
    static final int MAX_DESCRIPTION = 1000;

    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A field that broke a rule, and why. */
    public record Problem(EventField field, String reason) {
    }

    /** The event read, or the problems that kept it from being one. */
    public record Reading(IncomingEvent event, List<Problem> problems) {
    }

    /** @param defaultProvider the provider when the event names none: "api" or "csv" */
    public Reading read(String defaultProvider) {
        Fields f = new Fields();
        String number = f.read(EventField.TRACKING_NUMBER, trackingNumber, v -> required(v, MAX_TRACKING_NUMBER));
        String carrierCode = f.read(EventField.CARRIER, carrier, v -> optional(v, MAX_CODE));
        String source = f.read(EventField.PROVIDER, provider, v -> provider(v, defaultProvider));
        String id = f.read(EventField.EVENT_ID, eventId, v -> optional(v, MAX_EVENT_ID));
        ZoneId zoneId = f.read(EventField.ZONE, zone, EventText::zone);
        String countryCode = f.read(EventField.COUNTRY, country, EventText::country);
        IsoDateTime at = f.read(EventField.OCCURRED_AT, occurredAt, EventText::dateTime);
        String where = f.read(EventField.LOCATION, location, v -> optional(v, MAX_LOCATION));
        String raw = f.read(EventField.RAW_STATUS, rawStatus, v -> optional(v, MAX_RAW_STATUS));
        String text = f.read(EventField.DESCRIPTION, description, v -> optional(v, MAX_DESCRIPTION));
        TrackingStatus main = f.read(EventField.STATUS, status, v -> oneOf(v, TrackingStatus.class));
        SubStatus sub = f.read(EventField.SUB_STATUS, subStatus, v -> oneOf(v, SubStatus.class));
        Milestone node = f.read(EventField.MILESTONE, milestone, v -> oneOf(v, Milestone.class));

        if (main == null && raw == null && !f.failed(EventField.STATUS) && !f.failed(EventField.RAW_STATUS)) {
            f.problems.add(new Problem(EventField.STATUS, "either a status or a raw status is required"));
        }
        Optional<ZoneId> eventZone = Optional.ofNullable(zoneId)
                .or(() -> Countries.mainZone(countryCode));
        if (at != null && !at.hasZone() && eventZone.isEmpty() && !f.failed(EventField.ZONE)
                && !f.failed(EventField.COUNTRY)) {
            f.problems.add(new Problem(EventField.OCCURRED_AT, "'" + occurredAt.strip() + "' has no offset; give one "
                    + "(e.g. +08:00), a zone, or a country whose zone is known"));
        }
        if (!f.problems.isEmpty()) {
            return new Reading(null, List.copyOf(f.problems));
        }
        IncomingEvent event = new IncomingEvent(source, id, number, carrierCode,
                at.in(eventZone.orElse(ZoneId.of("UTC"))), eventZone.map(ZoneId::getId).orElse(null), where, raw,
                text, main, sub, node);
        return new Reading(event, List.of());
    }

    private static String required(String value, int maxLength) {
        if (value.isEmpty()) {
            throw new Rejected("is required");
        }
        return optional(value, maxLength);
    }

    private static String optional(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new Rejected("is longer than " + maxLength + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static String provider(String value, String defaultProvider) {
        if (value.isEmpty()) {
            return defaultProvider;
        }
        String name = value.toLowerCase(Locale.ROOT);
        if (name.length() > MAX_CODE || !PROVIDER.matcher(name).matches()) {
            throw new Rejected("'" + value + "' is not a provider name like csv or erp-x (letters, digits, . _ -)");
        }
        return name;
    }

    private static ZoneId zone(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(value);
        }
        catch (DateTimeException e) {
            throw new Rejected("'" + value + "' is not a time zone like Asia/Shanghai");
        }
    }

    private static String country(String value) {
        if (value.isEmpty()) {
            return null;
        }
        return Countries.iso2(value).filter(COUNTRIES::contains)
                .orElseThrow(() -> new Rejected("'" + value + "' is not an ISO 3166 country code like CN"));
    }

    private static IsoDateTime dateTime(String value) {
        if (value.isEmpty()) {
            throw new Rejected("is required");
        }
        try {
            return IsoDateTime.parse(value);
        }
        catch (DateTimeParseException e) {
            throw new Rejected("'" + value + "' is not an ISO-8601 date-time like 2026-11-20T14:05:00+08:00");
        }
    }

    private static <E extends Enum<E>> E oneOf(String value, Class<E> type) {
        if (value.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new Rejected("'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    /** The fields of one event, read rule by rule; every broken one becomes a problem. */
    private static final class Fields {

        final List<Problem> problems = new ArrayList<>();

        <T> T read(EventField field, String value, Function<String, T> rule) {
            try {
                return rule.apply(value == null ? "" : value.strip());
            }
            catch (Rejected e) {
                problems.add(new Problem(field, e.getMessage()));
                return null;
            }
        }

        boolean failed(EventField field) {
            return problems.stream().anyMatch(p -> p.field() == field);
        }
    }

    private static final class Rejected extends RuntimeException {

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
