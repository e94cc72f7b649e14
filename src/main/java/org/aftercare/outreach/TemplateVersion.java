package org.aftercare.outreach;

import java.time.Instant;
import java.util.Map;

/** A saved version of a shop's template for a scenario; languages not in {@code texts} come from the library. */
public record TemplateVersion(Scenario scenario, int version, Map<String, TemplateText> texts, String savedBy,
                              Instant savedAt) {
}
