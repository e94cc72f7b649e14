package org.aftercare.desk.scripts;

import static org.aftercare.desk.Intent.CANCELLATION;
import static org.aftercare.desk.Intent.COLOUR_DIFFERENCE;
import static org.aftercare.desk.Intent.COMPLAINT_OR_THREAT;
import static org.aftercare.desk.Intent.DAMAGED_OR_QUALITY;
import static org.aftercare.desk.Intent.DELIVERED_NOT_RECEIVED;
import static org.aftercare.desk.Intent.MISSING_PARTS;
import static org.aftercare.desk.Intent.NOT_AS_DESCRIBED;
import static org.aftercare.desk.Intent.RETURN_OR_REFUND;
import static org.aftercare.desk.Intent.SIZE_MISMATCH;
import static org.aftercare.desk.Intent.WHERE_IS_MY_ORDER;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aftercare.desk.Intent;
import org.aftercare.desk.MessageUnderstanding;

/**
 * The scripts Aftercare ships: the four scenarios of C5 and the FAQ answers of R2, each written
 * for every buyer language in {@code src/main/resources/desk/scripts/<ID>_<lang>.txt}. The order
 * here is the order in which they are suggested; a script's first intent is the one it was written for.
 */
public final class BuiltInScripts {

    public record BuiltInScript(String id, List<Intent> intents, Map<String, ScriptTemplate> texts) {
    }

    private static final Map<String, List<Intent>> CATALOGUE = catalogue();

    private static Map<String, List<Intent>> catalogue() {
        Map<String, List<Intent>> scripts = new LinkedHashMap<>();
        scripts.put("DELAY_INQUIRY", List.of(WHERE_IS_MY_ORDER));
        scripts.put("QUALITY_PROBLEM", List.of(DAMAGED_OR_QUALITY, NOT_AS_DESCRIBED));
        scripts.put("RETURN_REFUND_REQUEST", List.of(RETURN_OR_REFUND, CANCELLATION));
        scripts.put("ANGRY_BUYER", List.of(COMPLAINT_OR_THREAT));
        scripts.put("MISSING_PARTS", List.of(MISSING_PARTS));
        scripts.put("SIZE_MISMATCH", List.of(SIZE_MISMATCH));
        scripts.put("COLOUR_DIFFERENCE", List.of(COLOUR_DIFFERENCE));
        scripts.put("DELIVERED_NOT_RECEIVED", List.of(DELIVERED_NOT_RECEIVED));
        scripts.put("RETURN_INSTRUCTIONS", List.of(RETURN_OR_REFUND, SIZE_MISMATCH, COLOUR_DIFFERENCE, NOT_AS_DESCRIBED));
        return scripts;
    }

    private static final List<BuiltInScript> ALL = CATALOGUE.entrySet().stream()
            .map(e -> new BuiltInScript(e.getKey(), e.getValue(), texts(e.getKey())))
            .toList();

    private BuiltInScripts() {
    }

    public static List<BuiltInScript> all() {
        return ALL;
    }

    public static Optional<BuiltInScript> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Map<String, ScriptTemplate> texts(String id) {
        Map<String, ScriptTemplate> texts = new LinkedHashMap<>();
        for (String language : MessageUnderstanding.LANGUAGES) {
            String resource = "/desk/scripts/" + id + "_" + language + ".txt";
            try (InputStream in = BuiltInScripts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No built-in script text " + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                try {
                    texts.put(language, ScriptTemplate.parse(language, text));
                }
                catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ": " + e.getMessage(), e);
                }
            }
            catch (IOException e) {
                throw new IllegalStateException("Cannot read " + resource, e);
            }
        }
        return Map.copyOf(texts);
    }
}
