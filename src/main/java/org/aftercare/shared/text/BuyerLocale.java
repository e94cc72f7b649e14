package org.aftercare.shared.text;

import java.util.Locale;
import java.util.Map;

import com.ibm.icu.util.ULocale;

/** The locale a buyer's dates, numbers and money are formatted for. */
public final class BuyerLocale {

    /** Where a language is spoken when the buyer's market is unknown. */
    private static final Map<String, String> HOME_MARKET = Map.of("en", "US", "de", "DE", "fr", "FR", "it", "IT",
            "es", "ES", "zh", "CN");

    private BuyerLocale() {
    }

    /** "de-AT", "de_AT" or "DE" → "de"; null stays null. */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    }

    /** de + AT → de-AT; without a market, the language's home market (de → de-DE). */
    public static ULocale of(String language, String market) {
        String country = market == null || market.isBlank() ? HOME_MARKET.get(language) : market.strip().toUpperCase(Locale.ROOT);
        return new ULocale(language, country == null ? "" : country);
    }
}
