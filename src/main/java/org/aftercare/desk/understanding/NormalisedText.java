package org.aftercare.desk.understanding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message as the lexicons match it: Unicode NFKC, lower case, accents stripped (Latin scripts),
 * every run of non-letters/digits (apostrophes too: "j'ai" is "j ai") one space, padded with a space on
 * both ends so that " phrase " matches whole words only. Chinese is matched as a plain substring.
 */
public record NormalisedText(String value) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static NormalisedText of(String text) {
        return new NormalisedText(" " + normalise(text) + " ");
    }

    /** The same normalisation for a lexicon phrase, without padding. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC).replace("ß", "ss");
        return SEPARATORS.matcher(s).replaceAll(" ").replaceAll(" +", " ").strip();
    }

    /**
     * Whether the phrase occurs: as whole words ("damaged" does not match "undamaged"), or as a word
     * prefix when the phrase ends with '*' ("rembours*" matches "remboursement"); Han phrases anywhere.
     */
    public boolean contains(String phrase) {
        if (isHan(phrase)) {
            return value.contains(phrase);
        }
        if (phrase.endsWith("*")) {
            return value.contains(" " + phrase.substring(0, phrase.length() - 1));
        }
        return value.contains(" " + phrase + " ");
    }

    static boolean isHan(String phrase) {
        return phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
