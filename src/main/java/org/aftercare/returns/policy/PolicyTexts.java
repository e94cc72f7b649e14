package org.aftercare.returns.policy;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.aftercare.returns.ReturnPolicy;
import org.aftercare.shared.Money;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The return policy in the buyer's language (R1): English, German, French, Italian, Spanish and
 * Chinese, from returns/policy/texts_&lt;language&gt;.properties. Another language gets English.
 */
public final class PolicyTexts {

    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "zh");

    /** Each language's own name, for the page's language links. */
    public static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "de", "Deutsch", "fr", "Français",
            "it", "Italiano", "es", "Español", "zh", "中文");

    /** Where the 14-day statutory right of withdrawal applies: the EU and the UK. */
    private static final Set<String> STATUTORY_WITHDRAWAL = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB");

    private static final ResourceBundleMessageSource TEXTS = new ResourceBundleMessageSource();

    static {
        TEXTS.setBasename("returns/policy/texts");
        TEXTS.setDefaultEncoding("UTF-8");
        TEXTS.setFallbackToSystemLocale(false);
        TEXTS.setAlwaysUseMessageFormat(true);
    }

    /** A policy as buyers read it: a title and paragraphs, in {@code language}. */
    public record PolicyText(String language, String title, List<String> paragraphs) {

        public String text() {
            return title + "\n\n" + String.join("\n", paragraphs);
        }
    }

    private PolicyTexts() {
    }

    /** The language the policy will be shown in for a requested one ("de-AT" → de, "pt" → en). */
    public static String supported(String requested) {
        if (requested == null || requested.isBlank()) {
            return "en";
        }
        String language = Locale.forLanguageTag(requested.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.contains(language) ? language : "en";
    }

    public static PolicyText render(ReturnPolicy policy, String requestedLanguage) {
        String language = supported(requestedLanguage);
        Locale locale = Locale.forLanguageTag(language);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text(locale, "window", policy.windowDays()));
        if (STATUTORY_WITHDRAWAL.contains(policy.market())) {
            paragraphs.add(text(locale, "statutory"));
        }
        paragraphs.add(text(locale, "conditions"));
        paragraphs.add(text(locale, "defects"));
        if (!policy.nonReturnableSkuPrefixes().isEmpty()) {
            paragraphs.add(text(locale, "nonReturnable"));
        }
        paragraphs.add(text(locale, "shipping." + policy.changedMindShippingPaidBy()));
        paragraphs.add(text(locale, "refund." + policy.refundTiming().name()));
        if (policy.returnlessUpTo() != null && policy.returnlessUpTo().amount().signum() > 0) {
            paragraphs.add(text(locale, "keepItem", amount(policy.returnlessUpTo(), policy.market(), language)));
        }
        if (policy.exchangeFirst()) {
            paragraphs.add(text(locale, "exchange"));
        }
        paragraphs.add(text(locale, "howTo"));
        return new PolicyText(language, text(locale, "title"), List.copyOf(paragraphs));
    }

    /** "15,00 €" in French, "€15.00" in English: the market's currency written the reader's way. */
    static String amount(Money money, String market, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.of(language, market));
        format.setCurrency(money.currency());
        return format.format(money.amount());
    }

    private static String text(Locale locale, String key, Object... args) {
        return TEXTS.getMessage(key, args, locale);
    }
}
