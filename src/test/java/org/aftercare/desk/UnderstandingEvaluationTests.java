package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * Measures the understanding against the labelled set src/test/resources/desk/evaluation.tsv and
 * prints the table recorded in docs/desk-understanding.md. The floors are modest on purpose: they
 * catch a lexicon edit that breaks a language, not a point of recall.
 */
class UnderstandingEvaluationTests {

    record Labelled(String language, Intent intent, String text) {
    }

    static List<Labelled> evaluationSet() throws IOException {
        return labelled("/desk/evaluation.tsv");
    }

    static List<Labelled> labelled(String resource) throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (var in = Objects.requireNonNull(UnderstandingEvaluationTests.class.getResourceAsStream(resource))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                set.add(new Labelled(parts[0], Intent.valueOf(parts[1]), parts[2]));
            }
        }
        return set;
    }

    @Test
    void measuresPrecisionAndRecallPerIntentAndLanguageAccuracy() throws IOException {
        Measured tuned = measure("evaluation set (lexicons tuned on it)", evaluationSet());
        assertThat(tuned.languageAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(tuned.macroRecall()).isGreaterThanOrEqualTo(0.75);
        assertThat(tuned.macroPrecision()).isGreaterThanOrEqualTo(0.75);
        Measured unseen = measure("held-out set (never tuned on)", labelled("/desk/holdout.tsv"));
        assertThat(unseen.languageAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(unseen.macroRecall()).isGreaterThanOrEqualTo(0.4);
    }

    record Measured(double languageAccuracy, double macroPrecision, double macroRecall) {
    }

    private static Measured measure(String name, List<Labelled> set) {
        var understanding = new MessageUnderstanding(DeskProperties.defaults());
        Map<Intent, int[]> counts = new EnumMap<>(Intent.class); // true positives, predicted, actual
        for (Intent intent : Intent.values()) {
            counts.put(intent, new int[3]);
        }
        int languageRight = 0;
        int intentRight = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled message : set) {
            Understanding result = understanding.understand(message.text(), MessageContext.none());
            if (result.language().equals(message.language())) {
                languageRight++;
            }
            counts.get(result.intent())[1]++;
            counts.get(message.intent())[2]++;
            if (result.intent() == message.intent()) {
                counts.get(message.intent())[0]++;
                intentRight++;
            } else {
                misses.add("%s(%s) %s→%s %s %s".formatted(message.language(), result.language(), message.intent(), result.intent(),
                        message.text(), result.explanation()));
            }
        }
        StringBuilder table = new StringBuilder("| intent | messages | precision | recall |\n|---|---:|---:|---:|\n");
        double recallSum = 0;
        double precisionSum = 0;
        int intents = 0;
        for (var entry : counts.entrySet()) {
            int[] c = entry.getValue();
            if (c[2] == 0) {
                continue;
            }
            double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double recall = (double) c[0] / c[2];
            precisionSum += precision;
            recallSum += recall;
            intents++;
            table.append("| %s | %d | %.2f | %.2f |\n".formatted(entry.getKey(), c[2], precision, recall));
        }
        double languageAccuracy = (double) languageRight / set.size();
        double macroRecall = recallSum / intents;
        double macroPrecision = precisionSum / intents;
        table.append("| **macro** | %d | %.2f | %.2f |\n".formatted(set.size(), macroPrecision, macroRecall));
        System.out.println("=== " + name + " ===\n" + table);
        System.out.printf("language accuracy %.3f (%d/%d), intent accuracy %.3f%n", languageAccuracy, languageRight,
                set.size(), (double) intentRight / set.size());
        misses.forEach(miss -> System.out.println("MISS " + miss));

        return new Measured(languageAccuracy, macroPrecision, macroRecall);
    }

    @Test
    void everyLanguageHasAtLeastTwentyLabelledMessages() throws IOException {
        var perLanguage = evaluationSet().stream()
                .collect(java.util.stream.Collectors.groupingBy(Labelled::language, java.util.stream.Collectors.counting()));
        assertThat(perLanguage.keySet()).containsExactlyInAnyOrderElementsOf(MessageUnderstanding.LANGUAGES);
        assertThat(perLanguage.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(20));
    }
}
