package org.aftercare.desk.satisfaction;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Buyer-facing texts of the desk in the buyer's language (src/main/resources/desk/buyer), apart
 * from the console's bundles: buyers read EN, DE, FR, IT, ES and ZH; English is the fallback.
 */
public final class BuyerTexts {

    private static final ResourceBundleMessageSource TEXTS = new ResourceBundleMessageSource();

    static {
        TEXTS.setBasename("desk/buyer/texts");
        TEXTS.setDefaultEncoding("UTF-8");
        TEXTS.setFallbackToSystemLocale(false);
        TEXTS.setAlwaysUseMessageFormat(true);
    }

    private BuyerTexts() {
    }

    public static String get(String language, String key, Object... args) {
        return TEXTS.getMessage(key, args, locale(language));
    }

    /** Every text under {@code prefix} with the prefix removed, for a page to show. */
    public static Map<String, String> page(String language, String prefix, String... keys) {
        Map<String, String> texts = new TreeMap<>();
        for (String key : keys) {
            texts.put(key, get(language, prefix + key));
        }
        return texts;
    }

    static Locale locale(String language) {
        return language == null || language.equals("und") ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }
}
