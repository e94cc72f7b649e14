package org.aftercare.desk.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.desk.Intent;
import org.aftercare.desk.RiskReason;

/**
 * The weighted phrases of one language, read from {@code desk/lexicon/<lang>.txt}: one line
 * {@code phrase | TARGET | weight}, where TARGET is an {@link Intent} or, with a leading '!', a
 * {@link RiskReason} ({@code !THREAT_TO_EXPOSE}). A phrase ending with '*' matches word prefixes.
 */
public record Lexicon(String language, List<Entry> entries) {

    /** One phrase; exactly one of intent and reason is set. */
    public record Entry(String phrase, String matched, Intent intent, RiskReason reason, double weight) {
    }

    public static Lexicon load(String language) {
        String path = "desk/lexicon/" + language + ".txt";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon " + path);
            }
            List<Entry> entries = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalStateException(path + ":" + number + ": expected 'phrase | TARGET | weight'");
                }
                String phrase = parts[0].strip();
                String target = parts[1].strip();
                double weight = Double.parseDouble(parts[2].strip());
                boolean prefix = phrase.endsWith("*");
                String matched = NormalisedText.normalise(prefix ? phrase.substring(0, phrase.length() - 1) : phrase)
                        + (prefix ? "*" : "");
                entries.add(target.startsWith("!")
                        ? new Entry(phrase, matched, null, RiskReason.valueOf(target.substring(1)), weight)
                        : new Entry(phrase, matched, Intent.valueOf(target), null, weight));
            }
            return new Lexicon(language, List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> matches(NormalisedText text) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (text.contains(entry.matched())) {
                found.add(entry);
            }
        }
        return found;
    }
}
