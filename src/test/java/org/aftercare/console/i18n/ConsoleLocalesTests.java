package org.aftercare.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleLocalesTests {

    @ParameterizedTest(name = "Accept-Language {0} → {1}")
    @CsvSource({
            "en-US,          en",
            "zh-CN,          zh-CN",
            "zh-TW,          zh-CN",
            "'de-DE,zh-CN',  zh-CN",
            "'fr-FR,en-GB',  en",
            "ja-JP,          en",
    })
    void theFirstLanguageWeSpeakWinsElseEnglish(String acceptLanguage, String expected) {
        List<Locale> requested = Locale.LanguageRange.parse(acceptLanguage).stream()
                .map(range -> Locale.forLanguageTag(range.getRange()))
                .toList();

        assertThat(ConsoleLocales.bestFor(requested).toLanguageTag()).isEqualTo(expected);
    }
}
