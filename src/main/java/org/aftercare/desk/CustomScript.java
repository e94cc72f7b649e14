package org.aftercare.desk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One saved version of a tenant's own script (a macro).
 *
 * @param texts ICU MessageFormat text per buyer language (en, de, fr, it, es, zh); a language left out
 *              falls back to the built-in script of the same id, if any, then along the language chain
 */
public record CustomScript(String id, int version, String title, List<Intent> intents, Map<String, String> texts,
                           String savedBy, Instant savedAt) {
}
