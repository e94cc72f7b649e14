package org.aftercare.desk.understanding;

import java.util.Map;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Which of the supported languages a message is in. Lingua with only the six supported language
 * models (not all 75), loaded lazily on first use into static maps shared by both detectors below;
 * thread-safe, so built once. High accuracy mode: low accuracy mode is 2–3× faster
 * but missed 1 of 200 labelled messages, and high accuracy already does ~3,000 messages/s a core.
 * <p>
 * A message is {@link Detected#certain() uncertain} when Lingua cannot separate the two likeliest
 * languages by the minimum relative distance ({@code aftercare.desk.minimum-relative-distance},
 * default 0.1) — which is what happens to Portuguese, Dutch or Polish forced onto the six models,
 * but also to short English with brand names; the caller then decides with the lexicon (see
 * MessageUnderstanding). It is unknown outright when a quarter or more of its letters are in a
 * script none of the six languages use (Cyrillic, Arabic, Hangul, kana, Thai…; kana beside Han
 * is Japanese). Measured in docs/desk-understanding.md.
 */
public final class LanguageDetection {

    public static final String UNKNOWN = "und";

    private static final Map<Language, String> CODES = Map.of(
            Language.ENGLISH, "en", Language.GERMAN, "de", Language.FRENCH, "fr",
            Language.ITALIAN, "it", Language.SPANISH, "es", Language.CHINESE, "zh");

    private static final Language[] SUPPORTED = {Language.ENGLISH, Language.GERMAN, Language.FRENCH,
            Language.ITALIAN, Language.SPANISH, Language.CHINESE};

    /** The likeliest language, and whether it stood out by the minimum relative distance. */
    public record Detected(String language, boolean certain) {
    }

    private final LanguageDetector strict;
    private final LanguageDetector likeliest;

    public LanguageDetection(double minimumRelativeDistance) {
        // Lingua keeps its language models in static maps: both detectors share them
        this.strict = LanguageDetectorBuilder.fromLanguages(SUPPORTED)
                .withMinimumRelativeDistance(minimumRelativeDistance).build();
        this.likeliest = LanguageDetectorBuilder.fromLanguages(SUPPORTED).build();
    }

    /** ISO 639-1 code of the message's language if certain, else {@link #UNKNOWN}. */
    public String detect(String text) {
        Detected detected = detectLikeliest(text);
        return detected.certain() ? detected.language() : UNKNOWN;
    }

    public Detected detectLikeliest(String text) {
        int han = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case HAN -> han++;
                case LATIN -> latin++;
                default -> other++;
            }
        }
        if (other > 0 && other >= (han + latin) / 4 || han + latin == 0) {
            return new Detected(UNKNOWN, true);
        }
        if (han > 0 && han >= latin) {
            return new Detected("zh", true);
        }
        String certain = CODES.get(strict.detectLanguageOf(text));
        if (certain != null) {
            return new Detected(certain, true);
        }
        return new Detected(CODES.getOrDefault(likeliest.detectLanguageOf(text), UNKNOWN), false);
    }
}
