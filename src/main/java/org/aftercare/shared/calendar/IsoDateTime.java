package org.aftercare.shared.calendar;

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
 * A date-time as sellers' files and systems write it, in ISO-8601: with an offset
 * ({@code 2026-11-20T14:05:00+08:00}, {@code …Z}), with a zone ({@code …[Asia/Shanghai]}), or
 * without either — a local time that only means an instant once a zone is chosen. A space instead
 * of the "T" is accepted, as spreadsheets write it so.
 *
 * @param instant the instant, when the text had an offset or zone; else null
 * @param local   the local date-time, when the text had neither; else null
 */
public record IsoDateTime(Instant instant, LocalDateTime local) {

    /** ISO-8601 local date-time, then an optional offset, then an optional [zone] — with or without the offset. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    /** @throws DateTimeParseException when the text is not such a date-time */
    public static IsoDateTime parse(String text) {
        String iso = text.matches("\\d{4}-\\d{2}-\\d{2} \\d.*") ? text.replaceFirst(" ", "T") : text;
        TemporalAccessor parsed = ISO.parseBest(iso, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
        return switch (parsed) {
            case ZonedDateTime zoned -> new IsoDateTime(zoned.toInstant(), null);
            case OffsetDateTime offset -> new IsoDateTime(offset.toInstant(), null);
            case LocalDateTime local -> new IsoDateTime(null, local);
            default -> throw new DateTimeParseException("not a date-time", text, 0);
        };
    }

    public boolean hasZone() {
        return instant != null;
    }

    /** The instant; a local time is read in {@code zone}. */
    public Instant in(ZoneId zone) {
        return instant != null ? instant : local.atZone(zone).toInstant();
    }
}
