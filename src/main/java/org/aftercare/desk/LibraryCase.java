package org.aftercare.desk;

import java.util.List;
import java.util.UUID;

/**
 * A well-handled conversation to add to the case library; its text is anonymized before it is kept.
 *
 * @param sourceTicket the ticket it came from, if any (kept as a plain reference)
 * @param known        the personal values the desk knows for this conversation
 * @param tags         free training tags ("good-deescalation", "returnless-refund")
 */
public record LibraryCase(UUID sourceTicket, Intent intent, String language, List<CaseMessage> messages,
                          KnownPersonalData known, List<String> tags, String createdBy) {
}
