package org.aftercare.desk.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.aftercare.desk.Intent;
import org.aftercare.desk.MessageUnderstanding;
import org.aftercare.desk.ScriptContext;
import org.aftercare.desk.scripts.BuiltInScripts.BuiltInScript;
import org.aftercare.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped script, in every buyer language, for a fully known order and for an order nothing is known of. */
class BuiltInScriptsTests {

    static final ScriptContext FULL = new ScriptContext("Anna", "576461234567891234", "2 × Leinen-Kissenbezug",
            "InTransit", "DHL", "https://track.example/JD0146", "Leipzig", Instant.parse("2026-12-10T09:00:00Z"),
            Instant.parse("2026-12-14T18:00:00Z"), 3, Money.of("5.00", "USD"), null, null, null,
            ZoneId.of("Europe/Berlin"), null);

    static Stream<Arguments> everyScriptInEveryLanguage() {
        return BuiltInScripts.all().stream().flatMap(script -> MessageUnderstanding.LANGUAGES.stream()
                .map(language -> Arguments.of(script.id(), language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyScriptInEveryLanguage")
    void rendersWithAFullyKnownOrder(String id, String language) throws IOException {
        ScriptTemplate template = BuiltInScripts.find(id).orElseThrow().texts().get(language);
        ScriptTemplate.Filled filled = template.fill(FULL, ScriptLocale.of(language, null));

        assertThat(filled.missing()).isEmpty();
        assertThat(filled.text()).doesNotContain("{", "}", "[", "]", "\n\n\n").contains("Anna").isNotBlank();
        if (template.text().contains("{orderNumber}")) {
            assertThat(filled.text()).contains("576461234567891234");
        }
        keepForReading("full", id, language, filled.text());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyScriptInEveryLanguage")
    void readsNaturallyWhenNothingIsKnown(String id, String language) throws IOException {
        ScriptTemplate template = BuiltInScripts.find(id).orElseThrow().texts().get(language);
        ScriptTemplate.Filled filled = template.fill(ScriptContext.empty(), ScriptLocale.of(language, null));

        assertThat(filled.missing()).isEmpty();
        assertThat(filled.text()).doesNotContain("{", "}", "[", "]", "\n\n\n", "  ", " ,", " .", "()", "（）")
                .isNotBlank();
        keepForReading("empty", id, language, filled.text());
    }

    @Test
    void everyIntentABuyerComplainsWithHasAScript() {
        for (Intent intent : Intent.values()) {
            if (intent == Intent.PRODUCT_QUESTION || intent == Intent.OTHER) {
                continue;
            }
            assertThat(BuiltInScripts.all().stream().filter(s -> s.intents().contains(intent)).map(BuiltInScript::id))
                    .as(intent.name()).isNotEmpty();
        }
    }

    @Test
    void theFourScenariosOfTheBriefAreFirstForTheirIntent() {
        assertThat(first(Intent.WHERE_IS_MY_ORDER)).isEqualTo("DELAY_INQUIRY");
        assertThat(first(Intent.DAMAGED_OR_QUALITY)).isEqualTo("QUALITY_PROBLEM");
        assertThat(first(Intent.RETURN_OR_REFUND)).isEqualTo("RETURN_REFUND_REQUEST");
        assertThat(first(Intent.COMPLAINT_OR_THREAT)).isEqualTo("ANGRY_BUYER");
    }

    private static String first(Intent intent) {
        return BuiltInScripts.all().stream().filter(s -> s.intents().contains(intent)).findFirst().orElseThrow().id();
    }

    /** The renderings land in target/ so a reviewer can read every text as the buyer gets it. */
    private static void keepForReading(String kind, String id, String language, String text) throws IOException {
        Path file = Path.of("target/desk-scripts", kind, id + "_" + language + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
