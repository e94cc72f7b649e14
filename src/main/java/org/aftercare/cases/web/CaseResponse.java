package org.aftercare.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.cases.Case;
import org.aftercare.cases.Completeness;
import org.aftercare.cases.EvidenceChecklist;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceKind;

/**
 * A case as the API shows it, with its checklist, completeness and the evidence it carries; {@code order}
 * is null for a shop-level appeal.
 */
record CaseResponse(UUID id, long number, String type, String reason, String venue, String status, String priority,
                    UUID shop, UUID order, UUID shipment, String market, String carrier, String externalRef, BigDecimal amount,
                    String currency, BigDecimal recovered, String venueReason, Instant windowStartsAt, Instant deadlineAt,
                    Instant warnAt, Instant escalateAt, Instant openedAt, Instant submittedAt, Instant closedAt,
                    List<EvidenceKind> required, List<EvidenceKind> optional, List<EvidenceKind> missing, int completeness,
                    List<Item> evidence, Case.Statement statement) {

    record Item(UUID id, String kind, String fileName, String mediaType, long size, String sha256, Instant capturedAt,
                String source, boolean generated) {
    }

    static CaseResponse of(Case c, EvidenceChecklist checklist, Completeness completeness, List<EvidenceItem> items) {
        return new CaseResponse(c.id().value(), c.number(), c.type().name(), c.reason().name(), c.venue().name(),
                c.status().name(), c.priority().name(), c.shop().value(), c.order() == null ? null : c.order().value(), c.shipment() == null ? null : c.shipment().value(),
                c.market(), c.carrierCode(), c.externalRef(), c.amount().amount(), c.amount().currency().getCurrencyCode(),
                c.recovered() == null ? null : c.recovered().amount(), c.venueReason(), c.deadline().windowStartsAt(),
                c.deadline().deadlineAt(), c.deadline().warnAt(), c.deadline().escalateAt(), c.openedAt(), c.submittedAt(),
                c.closedAt(), checklist.required(), checklist.optional(), completeness.missing(), completeness.score(),
                items.stream().map(i -> new Item(i.id().value(), i.kind().name(), i.fileName(), i.mediaType(), i.size(),
                        i.sha256(), i.capturedAt(), i.source(), i.generated())).toList(),
                c.statement());
    }
}
