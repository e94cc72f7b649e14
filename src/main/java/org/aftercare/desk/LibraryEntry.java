package org.aftercare.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An anonymized conversation in the case library: names, addresses, phones, e-mails and numbers replaced by [NAME] etc. */
public record LibraryEntry(UUID id, UUID sourceTicket, Intent intent, String language, List<String> tags,
                           List<CaseMessage> transcript, String createdBy, Instant createdAt) {
}
