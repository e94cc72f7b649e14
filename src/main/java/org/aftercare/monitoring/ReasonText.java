package org.aftercare.monitoring;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Why an alert fired, as a message key and its arguments, so the console can say it in the
 * viewer's language. An argument that starts with {@code #} is itself a message key, optionally
 * with one parameter after a colon ({@code #alert.arg.hours:48}); the rest are names, numbers and
 * UTC times that read the same in every language.
 */
public record ReasonText(String key, List<String> args) {

    public ReasonText {
        args = List.copyOf(args);
    }

    public static ReasonText of(String key, String... args) {
        return new ReasonText(key, List.of(args));
    }

    /** Arguments as stored in one text column, separated by the ASCII unit separator. */
    private static final String SEPARATOR = "\u001F";

    public static String joined(List<String> args) {
        return String.join(SEPARATOR, args);
    }

    /** The reason stored with an alert, or null for alerts stored before reasons had keys. */
    public static ReasonText stored(String key, String joinedArgs) {
        if (key == null) {
            return null;
        }
        return new ReasonText(key, joinedArgs == null || joinedArgs.isEmpty() ? List.of()
                : List.of(joinedArgs.split(SEPARATOR, -1)));
    }

    public String render(MessageSource messages, Locale locale) {
        Object[] rendered = args.stream().map(arg -> argument(arg, messages, locale)).toArray();
        return messages.getMessage(key, rendered, key, locale);
    }

    private static String argument(String arg, MessageSource messages, Locale locale) {
        if (!arg.startsWith("#")) {
            return arg;
        }
        int colon = arg.indexOf(':');
        String key = colon < 0 ? arg.substring(1) : arg.substring(1, colon);
        Object[] params = colon < 0 ? new Object[0] : new Object[] {arg.substring(colon + 1)};
        return messages.getMessage(key, params, key, locale);
    }
}
