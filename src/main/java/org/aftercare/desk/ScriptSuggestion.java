package org.aftercare.desk;

import java.util.List;

/**
 * A script offered to the agent for an intent, with its raw ICU text in the language it resolved to.
 *
 * @param title   for a built-in script, in the console language of the current request
 */
public record ScriptSuggestion(String id, String title, List<Intent> intents, String language, ScriptSource source,
                               int version, String template) {
}
