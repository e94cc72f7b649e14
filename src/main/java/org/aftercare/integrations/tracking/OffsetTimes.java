package org.aftercare.integrations.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads ISO 8601 times with an offset ({@code 2026-11-23T08:15:00Z}, {@code …+08:00}, with or
 * without fraction) as {@link OffsetDateTime#parse} does. Providers send them in exactly that
 * form, a dozen per parcel; reading them by position takes a fraction of the formatter's time.
 * Anything else — other layouts, out-of-range fields — goes to {@code OffsetDateTime.parse},
 * so the result and the errors are the formatter's.
 */
final class OffsetTimes {

    private OffsetTimes() {
    }

    /** The instant, or a {@link java.time.format.DateTimeParseException} when the text is not such a time. */
    static Instant parse(String text) {
        Instant fast = byPosition(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)} with fields in range; null for anything else. */
    private static Instant byPosition(String t) {
        int length = t.length();
        if (length < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (t.charAt(i) == '.') {
            int start = ++i;
            while (i < length && i - start < 9 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                nanos = nanos * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return null;
            }
            for (int scale = i - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == length - 1 && t.charAt(i) == 'Z') {
            offsetSeconds = 0;
        }
        else if (i == length - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int offsetHours = digits(t, i + 1, 2);
            int offsetMinutes = digits(t, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
                    || offsetHours == 18 && offsetMinutes > 0) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (t.charAt(i) == '-' ? -1 : 1);
        }
        else {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second
                - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The ASCII digits at {@code from} as a number, or -1 when one is not a digit. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
