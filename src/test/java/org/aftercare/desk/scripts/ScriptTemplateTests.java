package org.aftercare.desk.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.aftercare.desk.ScriptContext;
import org.aftercare.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a script text is checked and filled: ICU formatting per locale, unknown values, and what a manager is told. */
class ScriptTemplateTests {

    private static String fill(String language, String market, String text, ScriptContext context) {
        return ScriptTemplate.parse(language, text).fill(context, ScriptLocale.of(language, market)).text();
    }

    private static ScriptContext coupon(String amount, String currency) {
        return new ScriptContext(null, null, null, null, null, null, null, null, null, null,
                Money.of(amount, currency), null, null, null, null, null);
    }

    // What ICU 79 really prints; the non-breaking spaces are ICU's (U+00A0, and U+202F in French)
    @ParameterizedTest(name = "{0}-{1}: {2} {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            en | US | 5.00 | USD | $5.00
            en | GB | 5.00 | USD | US$5.00
            de | DE | 5.00 | USD | 5,00 $
            de | DE | 5.00 | EUR | 5,00 €
            de | CH | 5.00 | EUR | EUR 5.00
            fr | FR | 5.00 | USD | 5,00 $US
            fr | FR | 1234.50 | EUR | 1 234,50 €
            it | IT | 5.00 | USD | 5,00 USD
            es | ES | 5.00 | USD | 5,00 US$
            zh | CN | 5.00 | USD | US$5.00
            """)
    void formatsMoneyInItsCurrencyForTheBuyersLocale(String language, String market, String amount, String currency,
                                                      String expected) {
        String text = fill(language, market, "{couponAmount, number, currency}", coupon(amount, currency));
        assertThat(text.replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | December 10 – 14
            de | 10.–14. Dezember
            fr | 10 – 14 décembre
            it | 10–14 dicembre
            es | 10–14 de diciembre
            zh | 12月10–14日
            """)
    void writesTheDeliveryWindowAsTheBuyerReadsDates(String language, String expected) {
        ScriptContext context = new ScriptContext(null, null, null, null, null, null, null,
                Instant.parse("2026-12-10T09:00:00Z"), Instant.parse("2026-12-14T18:00:00Z"), null, null, null, null,
                null, ZoneId.of("Europe/Berlin"), null);
        String text = fill(language, null, "{etaRange}", context);
        assertThat(text.replace('\u2009', ' ').replace('\u00a0', ' ')).isEqualTo(expected);
    }

    @Test
    void datesFallOnTheBuyersDayNotUtcs() {
        Instant lateEveningInNewYork = Instant.parse("2026-12-11T03:30:00Z");
        ScriptContext newYork = new ScriptContext(null, null, null, null, null, null, null, lateEveningInNewYork,
                null, null, null, null, null, "US", ZoneId.of("America/New_York"), null);
        ScriptContext berlin = new ScriptContext(null, null, null, null, null, null, null, lateEveningInNewYork,
                null, null, null, null, null, "DE", ZoneId.of("Europe/Berlin"), null);

        assertThat(fill("en", "US", "{etaFrom, date, ::EEEEdMMMM}", newYork)).isEqualTo("Thursday, December 10");
        assertThat(fill("de", "DE", "{etaFrom, date, ::EEEEdMMMM}", berlin)).isEqualTo("Freitag, 11. Dezember");
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1 | 1 day
            en | 3 | 3 days
            de | 1 | einem Tag
            de | 3 | 3 Tagen
            fr | 0 | 0 jour
            fr | 2 | 2 jours
            """)
    void choosesThePluralFormOfTheLanguage(String language, int days, String expected) {
        String text = switch (language) {
            case "en" -> "{nextUpdateDays, plural, one {# day} other {# days}}";
            case "de" -> "{nextUpdateDays, plural, one {einem Tag} other {# Tagen}}";
            default -> "{nextUpdateDays, plural, one {# jour} other {# jours}}";
        };
        ScriptContext context = new ScriptContext(null, null, null, null, null, null, null, null, null, days, null,
                null, null, null, null, null);
        assertThat(fill(language, null, text, context)).isEqualTo(expected);
    }

    @Test
    void wordsAShipmentStatusInTheBuyersLanguage() {
        ScriptContext context = new ScriptContext(null, null, null, "OutForDelivery", null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertThat(fill("de", null, "{status}", context)).isEqualTo("in Zustellung");
        assertThat(fill("zh", null, "{status}", context)).isEqualTo("派送中");
        ScriptContext worded = new ScriptContext(null, null, null, "beim Zoll", null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertThat(fill("de", null, "{status}", worded)).isEqualTo("beim Zoll");
    }

    @Test
    void refundTimeIsThreeToSevenBusinessDaysUnlessTheShopSaysOtherwise() {
        String text = "{refundDaysRange} {refundDaysTo, plural, one {Werktag} other {Werktagen}}";
        assertThat(fill("de", null, text, ScriptContext.empty())).isEqualTo("3–7 Werktagen");
        ScriptContext fast = new ScriptContext(null, null, null, null, null, null, null, null, null, null, null, 1, 1,
                null, null, null);
        assertThat(fill("de", null, text, fast)).isEqualTo("1 Werktag");
    }

    @Test
    void anUnguardedUnknownVariableShowsAsAGapAndIsReported() {
        ScriptTemplate template = ScriptTemplate.parse("en", "Your parcel travels with {carrier} until {etaFrom, date, ::dMMMM}.");
        ScriptTemplate.Filled filled = template.fill(ScriptContext.empty(), ScriptLocale.of("en", null));

        assertThat(filled.text()).isEqualTo("Your parcel travels with [carrier] until [etaFrom].");
        assertThat(filled.missing()).containsExactly("carrier", "etaFrom");
    }

    @Test
    void namesAnUnknownVariableAndWhereItIs() {
        assertThatThrownBy(() -> ScriptTemplate.parse("en", "Hi {buyerName},\nyour order {orderNo} is late."))
                .hasMessageStartingWith("unknown variable 'orderNo' at line 2, column 13");
    }

    @Test
    void pointsAtBrokenIcuSyntax() {
        assertThatThrownBy(() -> ScriptTemplate.parse("en", "Hi {buyerName},\nin {nextUpdateDays, plural, one {# day}"))
                .hasMessage("broken ICU syntax at line 2, column 28: Bad plural pattern syntax: \" one {# day}\"");
        assertThatThrownBy(() -> ScriptTemplate.parse("en", "Hi {buyerName"))
                .hasMessageStartingWith("broken ICU syntax at line 1, column 4: Unmatched '{' braces");
    }

    @Test
    void refusesAVariableWrittenAgainstItsKind() {
        assertThatThrownBy(() -> ScriptTemplate.parse("en", "Arrives {etaFrom}."))
                .hasMessage("variable 'etaFrom' at line 1, column 10 is date: write it like {etaFrom, date, ::dMMMM}");
        assertThatThrownBy(() -> ScriptTemplate.parse("en", "A {couponAmount} coupon"))
                .hasMessageContaining("{couponAmount, number, currency}");
    }

    @Test
    void refusesAnApostropheThatWouldSwallowAVariable() {
        assertThatThrownBy(() -> ScriptTemplate.parse("fr", "Suivi de l'{carrier}"))
                .hasMessageStartingWith("an apostrophe right before '{' at line 1, column 11");
    }

    @Test
    void refusesNumberedArgumentsAndEmptyTexts() {
        assertThatThrownBy(() -> ScriptTemplate.parse("en", "Hi {0}")).hasMessageContaining("numbered argument {0}");
        assertThatThrownBy(() -> ScriptTemplate.parse("en", " ")).hasMessage("is empty");
    }

    @Test
    void theLanguageChainEndsInEnglish() {
        assertThat(ScriptLocale.chain("de-AT", "fr")).containsExactly("de", "fr", "en");
        assertThat(ScriptLocale.chain("pl", "it")).containsExactly("it", "en");
        assertThat(ScriptLocale.chain(null, null)).containsExactly("en");
        assertThat(ScriptLocale.chain("en", "en")).containsExactly("en");
    }
}
