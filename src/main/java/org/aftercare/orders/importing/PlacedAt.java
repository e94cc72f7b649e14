package org.aftercare.orders.importing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/**
 * When an order was placed, read from ISO-8601: with an offset ({@code 2026-11-20T14:05:00+08:00},
 * {@code …Z}), with a zone ({@code …[Asia/Shanghai]}), or without either — then it is taken as the
 * shop's local time and {@code zoneAssumed} is set, so the import can warn about it.
 * A space instead of the "T" is accepted, as spreadsheets write it so.
 */
record PlacedAt(Instant instant, boolean zoneAssumed) {

    /** ISO-8601 local date-time, then an optional offset, then an optional [zone] — with or without the offset. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    static PlacedAt parse(String text, ZoneId shopZone) {
        if (text.isEmpty()) {
            throw new FieldRejected("is required");
        }
        String iso = text.matches("\\d{4}-\\d{2}-\\d{2} \\d.*") ? text.replaceFirst(" ", "T") : text;
        try {
            TemporalAccessor parsed = ISO.parseBest(iso,
                    ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            return switch (parsed) {
                case ZonedDateTime zoned -> new PlacedAt(zoned.toInstant(), false);
                case OffsetDateTime offset -> new PlacedAt(offset.toInstant(), false);
                case LocalDateTime local -> new PlacedAt(local.atZone(shopZone).toInstant(), true);
                default -> throw new FieldRejected("is not a date-time");
            };
        }
        catch (DateTimeParseException e) {
            throw new FieldRejected("'" + text + "' is not an ISO-8601 date-time like 2026-11-20T14:05:00+08:00");
        }
    }
}
