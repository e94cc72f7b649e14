package org.aftercare.simulator.messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Phrasings per label, read from {@code simulator/<folder>/<language>.txt}: one {@code LABEL | text}
 * per line, {@code #} starts a comment. Texts carry placeholders like {@code {order}}.
 */
final class Templates<L extends Enum<L>> {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "zh");

    private final Map<String, Map<L, List<String>>> byLanguage;

    private Templates(Map<String, Map<L, List<String>>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static <L extends Enum<L>> Templates<L> load(String folder, Class<L> labels) {
        Map<String, Map<L, List<String>>> all = new java.util.HashMap<>();
        for (String language : LANGUAGES) {
            all.put(language, read("/simulator/" + folder + "/" + language + ".txt", labels,
                    name -> Enum.valueOf(labels, name)));
        }
        return new Templates<>(all);
    }

    List<String> of(String language, L label) {
        return byLanguage.get(language).getOrDefault(label, List.of());
    }

    private static <L extends Enum<L>> Map<L, List<String>> read(String resource, Class<L> labels,
                                                                 Function<String, L> label) {
        Map<L, List<String>> texts = new EnumMap<>(labels);
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                texts.computeIfAbsent(label.apply(line.substring(0, bar).strip()), l -> new ArrayList<>())
                        .add(line.substring(bar + 1).strip());
            }
            return texts;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills {@code {name}} placeholders; unknown placeholders stay as they are. */
    static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}
