package org.aftercare.desk.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftercare.desk.KnownPersonalData;

/**
 * Removes what identifies a person from a conversation, for the case library (R14). Known values
 * go first (they are certain), then patterns for what the desk was not told. It errs on the side of
 * removing: a long number or an uppercase code that was not personal becomes a placeholder too,
 * but ordinary words stay so the conversation still teaches something.
 */
public final class Anonymizer {

    public static final String NAME = "[NAME]";
    public static final String ADDRESS = "[ADDRESS]";
    public static final String PHONE = "[PHONE]";
    public static final String EMAIL = "[EMAIL]";
    public static final String ORDER = "[ORDER]";
    public static final String TRACKING = "[TRACKING]";

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’\\-]+";
    private static final String NAME_WORDS = "(?<name>" + CAPITALISED + "(?:[ \\t]+" + CAPITALISED + ")?)";
    private static final String HONORIFIC = "(?:(?i:herr|frau|mr|mrs|ms|miss|dr|madame|monsieur|mme|mlle|m\\.|"
            + "signor|signora|sig|sig\\.ra|dott|señor|señora|sr|sra|srta|don|doña)\\.?\\s+)?";

    private static final Pattern EMAILS = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");

    private static final List<Pattern> STREETS = List.of(
            // Hauptstraße 12a, Lindenweg 3, Berliner Str. 7
            Pattern.compile("(?U)\\b[\\w.\\-]*(?i:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)"
                    + "\\s*\\d+\\s?[a-zA-Z]?\\b"),
            // 221B Baker Street, 12 Acacia Avenue
            Pattern.compile("(?U)\\b\\d+[a-zA-Z]?,?\\s+(?:\\p{Lu}[\\w'’\\-]*\\s+){1,3}(?i:street|st\\.?|road|rd\\.?|avenue|ave\\.?|"
                    + "lane|ln\\.?|drive|dr\\.?|close|way|court|ct\\.?|place|boulevard|blvd\\.?|terrace|crescent|gardens)\\b"),
            // 12 rue de la Paix, 3 bis avenue Jean Jaurès
            Pattern.compile("(?U)\\b\\d+(?:\\s?(?:bis|ter))?,?\\s+(?i:rue|avenue|av\\.|boulevard|bd|chemin|allée|impasse|place|quai|"
                    + "route|cours)\\b(?:\\s+(?:de la|de l['’]|des|du|de|d['’]|l['’])?\\s*\\p{Lu}[\\w'’\\-]*){1,4}"),
            // Via Roma 15, Viale Giuseppe Garibaldi, 10 — Calle Mayor 5, Avenida de América nº 3
            Pattern.compile("(?U)\\b(?i:via|viale|piazza|piazzale|corso|vicolo|largo|calle|c/|avenida|avda\\.?|plaza|paseo|camino|"
                    + "carretera|ronda)\\s+(?:[\\w'’.]+,?\\s+){1,5}(?:(?i:n[º°o]\\.?|n\\.)\\s*)?\\d+[a-zA-Z]?\\b"),
            // 10115 Berlin, 75002 Paris (a postcode with its town)
            Pattern.compile("(?U)\\b\\d{5}\\s+\\p{Lu}[\\w\\-]+"),
            // SW1A 1AA
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b"),
            // 上海市浦东新区世纪大道100号5楼
            Pattern.compile("[\\p{IsHan}\\d]{0,20}?(?:路|街|大道|道|巷|弄)\\d+号[\\p{IsHan}\\d\\-]{0,12}"));

    private static final List<Pattern> PHONES = List.of(
            Pattern.compile("(?<![\\w+])(?:\\+|00)\\d{1,3}[\\s\\-./]?(?:\\(0\\)[\\s\\-./]?)?(?:\\d[\\s\\-./]?){6,13}\\d(?!\\d)"),
            Pattern.compile("(?<![\\w])0\\d{2,4}[\\s\\-./]?(?:\\d[\\s\\-./]?){5,10}\\d(?![\\w])"),
            Pattern.compile("(?<!\\d)1[3-9]\\d[\\s\\-]?\\d{4}[\\s\\-]?\\d{4}(?!\\d)"),
            Pattern.compile("(?<![\\d\\w])[367]\\d{2}[\\s.]\\d{3}[\\s.]\\d{3,4}(?![\\d\\w])"));

    private static final Pattern ORDER_REFERENCE = Pattern.compile("(?U)(?i:order|bestellung|bestellnummer|commande|"
            + "ordine|pedido|订单)\\s*(?i:no\\.?|nr\\.?|n[º°o]\\.?|number|nummer|numéro|numero|número|号)?\\s*[:#]?\\s*"
            + "(?<number>(?=[A-Z0-9\\-]*\\d)[A-Z0-9\\-]{5,})");
    private static final Pattern UPPERCASE_CODE = Pattern.compile(
            "\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,}\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d\\w])\\d{8,}(?![\\d\\w])");
    private static final List<String> TRACKING_WORDS = List.of("track", "sendung", "paket", "suivi", "colis", "parcel",
            "spedizion", "pacco", "seguimiento", "paquete", "envío", "单号", "运单", "快递", "物流", "包裹");

    private static final Pattern GREETING = Pattern.compile("(?U)(?<greet>\\b(?i:hi|hello|hey|dear|hallo|liebe|lieber|"
            + "sehr geehrte|sehr geehrter|guten tag|moin|servus|bonjour|bonsoir|salut|cher|chère|ciao|salve|buongiorno|"
            + "buonasera|gentile|gentilissima|gentilissimo|caro|cara|hola|buenos días|buenas tardes|estimado|estimada|"
            + "querido|querida))[ ,]+" + HONORIFIC + NAME_WORDS);
    private static final Pattern SIGN_OFF = Pattern.compile("(?U)(?<close>(?i:best regards|kind regards|regards|"
            + "best wishes|thanks|thank you|cheers|viele grüße|liebe grüße|beste grüße|mit freundlichen grüßen|grüße|"
            + "danke|lg|mfg|cordialement|bien à vous|merci|bisous|cordiali saluti|saluti|grazie|un saluto|saludos|"
            + "un saludo|gracias|atentamente))[,!.]?[ \\t]*\\n?[ \\t]*[-–—]?[ \\t]*" + NAME_WORDS + "[ \\t]*(?=\\n|$)");
    private static final Pattern SELF_INTRODUCTION = Pattern.compile("(?U)(?<intro>(?i:my name is|this is|"
            + "mein name ist|ich heiße|je m['’]appelle|mon nom est|mi chiamo|il mio nome è|me llamo|mi nombre es))\\s+"
            + NAME_WORDS);
    private static final Pattern CHINESE_NAMES = Pattern.compile(
            "我叫[\\p{IsHan}]{2,3}|[\\p{IsHan}](?:先生|女士|小姐)");

    /** Capitalised words after a greeting that are no one's name. */
    private static final Set<String> NOT_NAMES = Set.of("team", "support", "there", "all", "everyone", "everybody",
            "guys", "folks", "friends", "customer", "service", "sir", "madam", "zusammen", "damen", "herren",
            "kundenservice", "kundendienst", "leute", "tous", "équipe", "client", "cliente", "tutti", "ragazzi",
            "servizio", "assistenza", "equipo", "todos", "señores", "buenos", "buenas", "gracias", "grazie", "merci",
            "danke", "thanks", "again", "nochmal", "encore", "ancora", "otra", "shop", "store");

    private Anonymizer() {
    }

    public static String anonymize(String text, KnownPersonalData known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = EMAILS.matcher(text).replaceAll(EMAIL);
        result = replaceKnown(result, known.emails(), EMAIL, false);
        result = replaceKnown(result, known.orderNumbers(), ORDER, false);
        result = replaceKnown(result, known.trackingNumbers(), TRACKING, false);
        result = replacePhones(result, known.phones());
        result = replaceKnown(result, known.addressLines(), ADDRESS, false);
        result = replaceKnown(result, addressParts(known.addressLines()), ADDRESS, true);
        result = replaceKnown(result, nameParts(known.names()), NAME, true);
        for (Pattern street : STREETS) {
            result = street.matcher(result).replaceAll(ADDRESS);
        }
        for (Pattern phone : PHONES) {
            result = phone.matcher(result).replaceAll(PHONE);
        }
        result = replaceGroup(result, ORDER_REFERENCE, "number", m -> ORDER);
        result = UPPERCASE_CODE.matcher(result).replaceAll(TRACKING);
        result = replaceLongNumbers(result);
        result = replaceGroup(result, GREETING, "name", Anonymizer::unlessNoName);
        result = replaceGroup(result, SIGN_OFF, "name", Anonymizer::unlessNoName);
        result = replaceGroup(result, SELF_INTRODUCTION, "name", m -> NAME);
        return CHINESE_NAMES.matcher(result).replaceAll(m -> Matcher.quoteReplacement(
                m.group().startsWith("我叫") ? "我叫" + NAME : NAME + m.group().substring(1)));
    }

    private static String unlessNoName(Matcher m) {
        String first = m.group("name").split("\\s+")[0];
        // "Herr" before a name already replaced is a title, not a name
        return NOT_NAMES.contains(first.toLowerCase(Locale.ROOT)) || isHonorific(first) ? m.group("name") : NAME;
    }

    /** Full names and each part of them, longest first, so "Anna Müller" goes before "Anna". */
    private static List<String> nameParts(List<String> names) {
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            parts.add(name.strip());
            for (String part : name.strip().split("[\\s,]+")) {
                if (part.codePointCount(0, part.length()) >= 2 && !isHonorific(part)) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    private static boolean isHonorific(String word) {
        return Pattern.matches("(?i)(herr|frau|mr|mrs|ms|miss|dr|madame|monsieur|mme|mlle|signor|signora|señor|señora|"
                + "sr|sra)\\.?", word);
    }

    /** Besides whole lines: postcodes and street names of the known address, which buyers write in other ways. */
    private static List<String> addressParts(List<String> lines) {
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            if (line == null || !line.matches(".*\\d.*")) {
                continue;
            }
            for (String token : line.split("[\\s,]+")) {
                if (token.matches("\\d{4,}") || token.matches("(?U)\\w{5,}") && !token.matches("\\d+")
                        && line.matches(".*\\b\\d+[a-zA-Z]?\\b.*") && isStreetName(token)) {
                    parts.add(token);
                }
            }
        }
        return parts;
    }

    private static boolean isStreetName(String token) {
        return token.matches("(?iU).*(straße|strasse|weg|allee|platz|gasse|ring|damm|street|road|avenue|lane|drive)")
                || Character.isUpperCase(token.codePointAt(0));
    }

    /** Known values anywhere, case and spacing aside; {@code words} keeps them from matching inside other words. */
    private static String replaceKnown(String text, List<String> values, String placeholder, boolean words) {
        List<String> sorted = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String result = text;
        for (String value : sorted) {
            String flexible = Pattern.quote(value).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
            boolean latin = value.codePoints().anyMatch(Character::isLetterOrDigit)
                    && value.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            String regex = words && latin ? "(?<![\\p{L}\\p{N}])" + flexible + "(?![\\p{L}\\p{N}])" : flexible;
            result = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement(placeholder));
        }
        return result;
    }

    /** A known phone number in whatever grouping the buyer typed it: its digits with any separators between. */
    private static String replacePhones(String text, List<String> phones) {
        String result = text;
        for (String phone : phones) {
            String digits = phone == null ? "" : phone.replaceAll("\\D", "");
            if (digits.length() < 6) {
                continue;
            }
            // the national form too: +49 151 … is also written 0151 …
            List<String> forms = new ArrayList<>(List.of(digits));
            for (int country = 1; country <= 3 && country < digits.length(); country++) {
                forms.add("0" + digits.substring(country));
            }
            for (String form : forms) {
                String spaced = String.join("[\\s\\-./()]*", form.split(""));
                result = Pattern.compile("(?<!\\d)(?:\\+|00)?" + spaced + "(?!\\d)").matcher(result).replaceAll(PHONE);
            }
        }
        return result;
    }

    private static String replaceLongNumbers(String text) {
        Matcher m = LONG_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
            boolean tracking = TRACKING_WORDS.stream().anyMatch(before::contains);
            m.appendReplacement(out, Matcher.quoteReplacement(tracking ? TRACKING : ORDER));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceGroup(String text, Pattern pattern, String group, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            int from = m.start(group) - m.start();
            int to = m.end(group) - m.start();
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, from) + with.apply(m) + whole.substring(to)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
