package org.aftercare.desk;

import java.time.Instant;
import java.util.UUID;

/**
 * A standard operating procedure for one kind of issue, as agents read it beside a ticket.
 *
 * @param language the language it is written in (agents read en or zh; local teams may add their own)
 * @param shipped  whether it started as one of Aftercare's default articles (then edited or not)
 */
public record KnowledgeArticle(UUID id, Intent intent, String language, String title, String body, boolean shipped,
                               String updatedBy, Instant updatedAt) {
}
