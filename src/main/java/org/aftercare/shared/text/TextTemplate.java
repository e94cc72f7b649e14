package org.aftercare.shared.text;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * One buyer-facing text in one language: an ICU MessageFormat pattern whose arguments are all
 * known variables used in a style that suits their {@link VariableKind}. {@link #parse} says what
 * is wrong and where (line and column), so a text is fixed before it reaches a buyer. The desk's
 * reply scripts and outreach's notice templates are both this, each with its own variables.
 */
public record TextTemplate(String language, String text, Map<String, VariableKind> variables) {

    private static final Pattern ICU_INDEX = Pattern.compile("\\[at pattern index (\\d+)]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern GAP = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** Checks a text against the variables it may use, or throws naming the problem and its position. */
    public static TextTemplate parse(String language, String text, Map<String, VariableKind> variables) {
        if (text == null || text.isBlank()) {
            throw new TemplateProblem("is empty");
        }
        int quote = text.indexOf("'{");
        if (quote >= 0) {
            throw new TemplateProblem("an apostrophe right before '{' at " + position(text, quote)
                    + " makes ICU print the variable literally; write ’ (typographic apostrophe) or ''");
        }
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new TemplateProblem("broken ICU syntax" + at(text, e.getMessage()) + ": "
                    + ICU_INDEX.matcher(String.valueOf(e.getMessage())).replaceAll("").replace("  ", " ").strip());
        }
        checkArguments(text, pattern, variables);
        return new TextTemplate(language, text, variables);
    }

    private static void checkArguments(String text, MessagePattern pattern, Map<String, VariableKind> variables) {
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.Part name = pattern.getPart(i + 1);
            String where = position(text, name.getIndex());
            if (name.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                throw new TemplateProblem("numbered argument {" + pattern.getSubstring(name) + "} at " + where
                        + ": use a variable name");
            }
            String variable = pattern.getSubstring(name);
            VariableKind kind = variables.get(variable);
            if (kind == null) {
                throw new TemplateProblem("unknown variable '" + variable + "' at " + where + "; known: "
                        + String.join(", ", variables.keySet().stream().sorted().toList()));
            }
            String style = part.getArgType() == MessagePattern.ArgType.SIMPLE
                    ? pattern.getSubstring(pattern.getPart(i + 2)) : part.getArgType().name();
            if (!suits(kind, part.getArgType(), style)) {
                throw new TemplateProblem("variable '" + variable + "' at " + where + " is " + kind.name().toLowerCase()
                        + ": write it like " + kind.example(variable));
            }
        }
    }

    private static boolean suits(VariableKind kind, MessagePattern.ArgType type, String style) {
        return switch (kind) {
            case TEXT -> type == MessagePattern.ArgType.NONE || type == MessagePattern.ArgType.SELECT;
            case FLAG -> type == MessagePattern.ArgType.SELECT;
            case DATE -> type == MessagePattern.ArgType.SIMPLE && (style.equals("date") || style.equals("time"));
            case COUNT -> type == MessagePattern.ArgType.NONE || type == MessagePattern.ArgType.PLURAL
                    || type == MessagePattern.ArgType.SELECTORDINAL
                    || type == MessagePattern.ArgType.SIMPLE && (style.equals("number") || style.equals("spellout"));
            case MONEY -> type == MessagePattern.ArgType.SIMPLE && style.equals("number");
        };
    }

    /**
     * The text for one buyer: dates in their zone, numbers and money in their locale. A variable
     * the text needs but the arguments lack shows as [variable] and is listed in {@link Filled#missing()}.
     */
    public Filled fill(Map<String, Object> arguments, ULocale locale, ZoneId zone) {
        MessageFormat format = new MessageFormat(text, locale);
        TimeZone timeZone = TimeZone.getTimeZone((zone == null ? ZoneId.of("UTC") : zone).getId());
        for (java.text.Format f : format.getFormats()) {
            if (f instanceof DateFormat date) {
                date.setTimeZone(timeZone);
            }
        }
        // formats nested in a select or plural are not among getFormats(): a Calendar carries the zone to them too
        Map<String, Object> zoned = new java.util.LinkedHashMap<>(arguments);
        zoned.replaceAll((name, value) -> {
            if (value instanceof java.util.Date date) {
                Calendar calendar = Calendar.getInstance(timeZone, locale);
                calendar.setTime(date);
                return calendar;
            }
            return value;
        });
        String raw = format.format(zoned);
        // ICU prints an argument it was not given as {name}: turn each into a visible gap and report it
        Set<String> missing = new LinkedHashSet<>();
        Matcher gap = GAP.matcher(raw);
        StringBuilder filled = new StringBuilder();
        while (gap.find()) {
            String name = gap.group(1);
            if (variables.containsKey(name)) {
                missing.add(name);
                gap.appendReplacement(filled, Matcher.quoteReplacement("[" + name + "]"));
            }
        }
        gap.appendTail(filled);
        return new Filled(tidy(filled.toString()), List.copyOf(missing));
    }

    /** Sentences left out for unknown values leave empty lines behind: keep at most one blank line. */
    private static String tidy(String text) {
        return BLANK_LINES.matcher(TRAILING_SPACE.matcher(text).replaceAll("\n")).replaceAll("\n\n").strip();
    }

    /** A filled text and the variables it needed but did not get. */
    public record Filled(String text, List<String> missing) {
    }

    private static String at(String text, String icuMessage) {
        Matcher index = ICU_INDEX.matcher(String.valueOf(icuMessage));
        if (index.find()) {
            return " at " + position(text, Integer.parseInt(index.group(1)));
        }
        int unclosed = lastUnclosedBrace(text);
        return unclosed < 0 ? "" : " at " + position(text, unclosed);
    }

    /** ICU names no position for an unmatched '{': the innermost one left open is where to look. */
    private static int lastUnclosedBrace(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                open.push(i);
            }
            else if (text.charAt(i) == '}' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    /** "line 2, column 7" for a 0-based index into the text. */
    public static String position(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            }
            else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
