package org.aftercare.desk.understanding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message as the lexicons match it: Unicode NFKC, lower case, accents stripped (Latin scripts),
 * sentence punctuation (. , ; : ! ? and their Chinese forms, dashes, line breaks) turned into a
 * clause break {@code |}, every other run of non-letters/digits (apostrophes too: "j'ai" is
 * "j ai") one space, padded with a space on both ends so that " phrase " matches whole words only
 * and never across a clause break. Chinese is matched as a plain substring; Latin words and
 * numbers inside Chinese text are set apart by spaces so they match as words ("220v", "12315").
 */
public record NormalisedText(String value) {

    static final char CLAUSE_BREAK = '|';

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BREAKS = Pattern.compile("[.,;:!?¿¡…。，；：！？、\\n\\r–—|]+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}|]+");
    private static final Pattern HAN_NEXT_TO_OTHER = Pattern.compile(
            "(?<=\\p{IsHan})(?=[\\p{L}\\p{N}&&[^\\p{IsHan}]])|(?<=[\\p{L}\\p{N}&&[^\\p{IsHan}]])(?=\\p{IsHan})");

    public static NormalisedText of(String text) {
        String s = BREAKS.matcher(fold(text)).replaceAll(" | ");
        s = SEPARATORS.matcher(s).replaceAll(" ").replaceAll(" +", " ").strip();
        return new NormalisedText(" " + s + " ");
    }

    /** The same normalisation for a lexicon phrase, without padding and without clause breaks. */
    public static String normalise(String text) {
        return SEPARATORS.matcher(fold(text).replace("|", " ")).replaceAll(" ").replaceAll(" +", " ").strip();
    }

    private static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC).replace("ß", "ss");
        // "吹风机是220v的吗" → "吹风机是 220v 的吗": Latin words and numbers in Chinese text are words too
        return HAN_NEXT_TO_OTHER.matcher(s).replaceAll(" ");
    }

    /**
     * Whether the phrase occurs: as whole words ("damaged" does not match "undamaged"), or as a word
     * prefix when the phrase ends with '*' ("rembours*" matches "remboursement"); Han phrases anywhere.
     */
    public boolean contains(String phrase) {
        return indexOf(phrase, 0) >= 0;
    }

    /** Where the phrase's first character is, from {@code from} on, or -1. */
    int indexOf(String phrase, int from) {
        return indexOfNeedle(needle(phrase), from);
    }

    /** What to look for in the padded text: " phrase " (whole words), " stem" (prefix) or the Han phrase. */
    static String needle(String phrase) {
        if (isHan(phrase)) {
            return phrase;
        }
        return phrase.endsWith("*") ? " " + phrase.substring(0, phrase.length() - 1) : " " + phrase + " ";
    }

    /** Where the phrase of a {@link #needle(String)} starts, from {@code from} on, or -1. */
    int indexOfNeedle(String needle, int from) {
        if (needle.charAt(0) != ' ') {
            return value.indexOf(needle, from);
        }
        int at = value.indexOf(needle, Math.max(0, from - 1));
        return at < 0 ? -1 : at + 1;
    }

    /** The part of the clause that comes before {@code position}: from the last clause break on. */
    String clauseBefore(int position) {
        int start = value.lastIndexOf(CLAUSE_BREAK, position - 1) + 1;
        return " " + value.substring(start, position).strip() + " ";
    }

    static boolean isHan(String phrase) {
        return phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
