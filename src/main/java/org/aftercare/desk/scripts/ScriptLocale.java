package org.aftercare.desk.scripts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.desk.MessageUnderstanding;
import org.aftercare.desk.ScriptContext;
import org.aftercare.shared.Money;
import org.aftercare.shared.text.BuyerLocale;

import com.ibm.icu.util.ULocale;

/** Which language a script is shown in, and the locale its dates, numbers and money are formatted for. */
public final class ScriptLocale {

    public static final String FALLBACK = "en";

    private ScriptLocale() {
    }

    /** requested language → shop's default language → English, leaving out what the desk does not write. */
    public static List<String> chain(String requested, String shopLanguage) {
        List<String> chain = new ArrayList<>();
        for (String candidate : new String[] {language(requested), language(shopLanguage), FALLBACK}) {
            if (candidate != null && MessageUnderstanding.LANGUAGES.contains(candidate) && !chain.contains(candidate)) {
                chain.add(candidate);
            }
        }
        return chain;
    }

    /** "de-AT", "de_AT" or "DE" → "de"; null stays null. */
    public static String language(String tag) {
        return BuyerLocale.language(tag);
    }

    public static ULocale of(String language, String market) {
        return BuyerLocale.of(language, market);
    }

    /** A full order of the kind scripts are written for, used to check a text before it is saved. */
    static final ScriptContext SAMPLE = new ScriptContext("Anna", "576461234567891234", "2 × linen cushion cover",
            "InTransit", "DHL", "https://track.example/JD014600004512345678", "Leipzig", Instant.parse("2026-12-10T09:00:00Z"),
            Instant.parse("2026-12-14T18:00:00Z"), 2, Money.of("5.00", "USD"), 3, 7, null, ZoneId.of("Europe/Berlin"), null);

    /** Throws when the text cannot be formatted for a sample order or for an order nothing is known of. */
    public static void renderableWithSamples(ScriptTemplate template) {
        for (ScriptContext sample : List.of(SAMPLE, ScriptContext.empty())) {
            try {
                template.fill(sample, of(template.language(), null));
            }
            catch (RuntimeException e) {
                throw new IllegalArgumentException("does not render with a sample order: " + e.getMessage(), e);
            }
        }
    }
}
