package org.aftercare.desk;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftercare.desk.library.Anonymizer;
import org.aftercare.desk.library.CaseLibraryEntries;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Well-handled conversations kept for training (R14). Only the anonymized copy is stored: names,
 * addresses, phone numbers, e-mail addresses, order and tracking numbers become [NAME], [ADDRESS],
 * [PHONE], [EMAIL], [ORDER] and [TRACKING].
 */
@Service
public class CaseLibrary {

    private static final int MAX_MESSAGES = 200;
    private static final int MAX_TAGS = 20;
    private static final int MAX_LIST = 500;

    private final CaseLibraryEntries entries;
    private final Clock clock;

    CaseLibrary(CaseLibraryEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public LibraryEntry add(TenantId tenant, LibraryCase input) {
        if (input == null) {
            throw new IllegalArgumentException("body: missing");
        }
        if (input.intent() == null) {
            throw new IllegalArgumentException("intent: required");
        }
        if (input.messages() == null || input.messages().isEmpty()) {
            throw new IllegalArgumentException("messages: at least one message");
        }
        if (input.messages().size() > MAX_MESSAGES) {
            throw new IllegalArgumentException("messages: at most " + MAX_MESSAGES);
        }
        for (int i = 0; i < input.messages().size(); i++) {
            CaseMessage message = input.messages().get(i);
            if (message == null || message.author() == null || message.text() == null || message.text().isBlank()) {
                throw new IllegalArgumentException("messages[" + i + "]: needs an author and a text");
            }
        }
        KnownPersonalData known = input.known() == null ? KnownPersonalData.none() : input.known();
        List<CaseMessage> transcript = input.messages().stream()
                .map(m -> new CaseMessage(m.author(), Anonymizer.anonymize(m.text().strip(), known)))
                .toList();
        List<String> tags = input.tags() == null ? List.of() : input.tags().stream()
                .filter(t -> t != null && !t.isBlank())
                .map(t -> Anonymizer.anonymize(t.strip().toLowerCase(Locale.ROOT), known))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("tags: at most " + MAX_TAGS);
        }
        String language = input.language() == null || input.language().isBlank() ? "und" : input.language().strip();
        String by = input.createdBy() == null || input.createdBy().isBlank() ? "unknown" : input.createdBy();
        return entries.insert(tenant, input.sourceTicket(), input.intent(), language, tags, transcript, by,
                clock.instant());
    }

    public List<LibraryEntry> list(TenantId tenant, Intent intent, String tag) {
        return entries.list(tenant, intent, tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT),
                MAX_LIST);
    }

    public LibraryEntry get(TenantId tenant, UUID id) {
        return entries.find(tenant, id).orElseThrow(() -> new NotFound("Case library entry", id));
    }
}
