package org.aftercare.desk.sla;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The opening hours of a team for each weekday, written as people write them on a shop door:
 * {@code "Mon-Fri 09:00-12:30,13:30-18:00; Sat 10:00-14:00"}. Parts are separated by {@code ;};
 * a part names days (a day, a range {@code Mon-Fri} or a list {@code Mon,Wed}) and then one or
 * more intervals {@code HH:mm-HH:mm} separated by commas, ascending and not overlapping;
 * {@code 24:00} ends a day. Days not named are closed.
 */
public final class WeeklyHours {

    private static final Pattern INTERVAL = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    private static final List<String> DAY_NAMES = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    /** Seven days, midnight to midnight: what "calendar hours" means. */
    public static final WeeklyHours ALWAYS = parse("Mon-Sun 00:00-24:00");

    private final Map<DayOfWeek, List<Interval>> days;

    /** Minutes after local midnight, start inclusive, end exclusive; end 1440 is midnight of the next day. */
    public record Interval(int startMinute, int endMinute) {
    }

    private WeeklyHours(Map<DayOfWeek, List<Interval>> days) {
        this.days = days;
    }

    /** Parses the text; a mistake throws {@code IllegalArgumentException("hours: …")} quoting the wrong part. */
    public static WeeklyHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("hours: must not be empty, e.g. 'Mon-Fri 09:00-18:00'");
        }
        Map<DayOfWeek, List<Interval>> days = new EnumMap<>(DayOfWeek.class);
        for (String rawPart : text.split(";")) {
            String part = rawPart.strip();
            if (part.isEmpty()) {
                continue;
            }
            String[] dayAndTimes = part.split("\\s+", 2);
            if (dayAndTimes.length < 2) {
                throw new IllegalArgumentException("hours: '" + part + "' needs days and times, e.g. 'Mon-Fri 09:00-18:00'");
            }
            List<DayOfWeek> named = days(dayAndTimes[0], part);
            List<Interval> intervals = intervals(dayAndTimes[1].replace(" ", ""), part);
            for (DayOfWeek day : named) {
                if (days.putIfAbsent(day, intervals) != null) {
                    throw new IllegalArgumentException("hours: '" + part + "' names " + name(day) + " a second time");
                }
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("hours: no opening hours, e.g. 'Mon-Fri 09:00-18:00'");
        }
        return new WeeklyHours(days);
    }

    public List<Interval> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /**
     * The normalised text, days in week order, consecutive days with the same hours as a range:
     * equal hours read the same whichever way they were typed.
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        for (int first = 0; first < week.length; ) {
            List<Interval> intervals = on(week[first]);
            int last = first;
            while (last + 1 < week.length && on(week[last + 1]).equals(intervals)) {
                last++;
            }
            if (!intervals.isEmpty()) {
                String days = first == last ? name(week[first]) : name(week[first]) + "-" + name(week[last]);
                parts.add(days + " " + intervals.stream().map(WeeklyHours::format).collect(Collectors.joining(",")));
            }
            first = last + 1;
        }
        return String.join("; ", parts);
    }

    private static List<DayOfWeek> days(String spec, String part) {
        List<DayOfWeek> result = new ArrayList<>();
        for (String item : spec.split(",")) {
            String[] range = item.split("-", -1);
            if (range.length > 2) {
                throw notADay(item, part);
            }
            DayOfWeek first = day(range[0], part);
            DayOfWeek last = range.length == 2 ? day(range[1], part) : first;
            if (last.compareTo(first) < 0) {
                throw new IllegalArgumentException("hours: '" + item + "' in '" + part + "' runs backwards; write it Monday first");
            }
            for (int d = first.getValue(); d <= last.getValue(); d++) {
                result.add(DayOfWeek.of(d));
            }
        }
        return result;
    }

    private static DayOfWeek day(String name, String part) {
        int index = DAY_NAMES.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList().indexOf(name.toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw notADay(name, part);
        }
        return DayOfWeek.of(index + 1);
    }

    private static IllegalArgumentException notADay(String name, String part) {
        return new IllegalArgumentException("hours: '" + name + "' in '" + part + "' is not a day (use "
                + String.join(", ", DAY_NAMES) + ")");
    }

    private static List<Interval> intervals(String times, String part) {
        List<Interval> intervals = new ArrayList<>();
        for (String time : times.split(",")) {
            Matcher m = INTERVAL.matcher(time);
            if (!m.matches()) {
                throw new IllegalArgumentException("hours: '" + time + "' in '" + part + "' is not a time interval like 09:00-18:00");
            }
            int start = minutes(m.group(1), m.group(2), time, part, false);
            int end = minutes(m.group(3), m.group(4), time, part, true);
            if (end <= start) {
                throw new IllegalArgumentException("hours: '" + time + "' in '" + part + "' ends before it starts");
            }
            if (!intervals.isEmpty() && intervals.getLast().endMinute() > start) {
                throw new IllegalArgumentException("hours: '" + time + "' in '" + part
                        + "' overlaps or precedes the interval before it; list intervals in order");
            }
            intervals.add(new Interval(start, end));
        }
        return List.copyOf(intervals);
    }

    private static int minutes(String hours, String minutes, String time, String part, boolean end) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        boolean midnightEnd = end && h == 24 && m == 0;
        if (!midnightEnd && (h > 23 || m > 59)) {
            throw new IllegalArgumentException("hours: '" + time + "' in '" + part + "' is not a time of day");
        }
        return h * 60 + m;
    }

    private static String format(Interval interval) {
        return "%02d:%02d-%02d:%02d".formatted(interval.startMinute() / 60, interval.startMinute() % 60,
                interval.endMinute() / 60, interval.endMinute() % 60);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
