package org.aftercare.outreach.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.outreach.Scenario;

/**
 * The notice texts Aftercare ships, one file per scenario and language in
 * {@code src/main/resources/outreach/templates/<SCENARIO>_<lang>.txt}: the first line is the
 * subject, the rest (after a blank line) the body.
 */
public final class Library {

    /** The buyer languages the library is written in. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "zh");
    public static final String FALLBACK = "en";

    private static final Map<Scenario, Map<String, NoticeText>> TEXTS = load();

    private Library() {
    }

    public static NoticeText text(Scenario scenario, String language) {
        return TEXTS.get(scenario).get(language);
    }

    private static Map<Scenario, Map<String, NoticeText>> load() {
        Map<Scenario, Map<String, NoticeText>> all = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            Map<String, NoticeText> texts = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String resource = "/outreach/templates/" + scenario + "_" + language + ".txt";
                try (InputStream in = Library.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("No notice text " + resource);
                    }
                    String file = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                    int end = file.indexOf('\n');
                    texts.put(language, NoticeText.parse(language, file.substring(0, end).strip(), file.substring(end + 1).strip()));
                }
                catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + resource, e);
                }
                catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ": " + e.getMessage(), e);
                }
            }
            all.put(scenario, Map.copyOf(texts));
        }
        return all;
    }
}
