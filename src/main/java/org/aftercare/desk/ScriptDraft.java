package org.aftercare.desk;

import java.util.List;
import java.util.Map;

/** What a manager submits to create or change a script; checked in full before anything is saved. */
public record ScriptDraft(String title, List<Intent> intents, Map<String, String> texts) {
}
