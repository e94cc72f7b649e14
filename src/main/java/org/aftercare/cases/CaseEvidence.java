package org.aftercare.cases;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.evidence.EvidenceRefused;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.logistics.CarrierTicket;
import org.aftercare.logistics.CarrierTickets;
import org.aftercare.tenancy.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What of the archive belongs in a case, and what the case brings into the archive: the order's
 * generated items (order record, tracking trail, chat transcripts) and the carrier tickets of its
 * shipment — or, for a shop-level appeal, the items uploaded for it and the account-health record — the ticket number, status and the carrier's statement as a text file, and the file the
 * carrier answered with (L5: every carrier ticket number and statement is kept).
 */
@Component
class CaseEvidence {

    private static final Logger log = LoggerFactory.getLogger(CaseEvidence.class);

    /** How far before the platform's decision the account-health record of a shop-level appeal reaches. */
    static final Duration HEALTH_PERIOD = Duration.ofDays(90);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final Comparator<EvidenceItem> STABLE = Comparator.comparing(EvidenceItem::capturedAt)
            .thenComparing(EvidenceItem::kind).thenComparing(EvidenceItem::sha256);

    private final EvidenceArchive archive;
    private final CarrierTickets carrierTickets;
    private final AccountHealthRecord healthRecord;

    CaseEvidence(EvidenceArchive archive, CarrierTickets carrierTickets, AccountHealthRecord healthRecord) {
        this.archive = archive;
        this.carrierTickets = carrierTickets;
        this.healthRecord = healthRecord;
    }

    /**
     * The items of the case's order that concern the case's shipment (or no shipment in particular) and
     * are of a kind on its checklist, plus everything uploaded for the case; in a stable order: captured
     * time, kind, hash.
     */
    List<EvidenceItem> of(Actor actor, Case c, EvidenceChecklist checklist) {
        if (c.shopLevel()) {
            return archive.ofShopCase(actor, c.shop(), c.id().value()).stream().sorted(STABLE).toList();
        }
        return archive.ofOrder(actor, c.order()).stream()
                .filter(item -> c.id().value().equals(item.caseRef())
                        || (checklist.lists(item.kind())
                            && (item.shipment() == null || c.shipment() == null || item.shipment().equals(c.shipment()))))
                .sorted(STABLE)
                .toList();
    }

    void collect(Actor actor, Case c) {
        if (c.shopLevel()) {
            collectForShop(actor, c);
            return;
        }
        archive.generate(actor, c.order());
        if (c.shipment() == null) {
            return;
        }
        for (CarrierTicket ticket : carrierTickets.ofShipment(actor, c.shipment())) {
            archive.add(actor, new NewEvidence(c.order(), c.shipment(), null, EvidenceKind.CARRIER_STATEMENT,
                            "carrier-ticket-" + safe(ticket.ticketNumber()) + "-" + ticket.status().name().toLowerCase() + ".txt",
                            ticket.answeredAt() != null ? ticket.answeredAt() : ticket.openedAt(),
                            "logistics:carrier-ticket"),
                    new ByteArrayInputStream(text(ticket).getBytes(StandardCharsets.UTF_8)));
            if (ticket.attachmentName() != null) {
                carrierTickets.attachment(actor, ticket.id()).ifPresent(file -> {
                    try {
                        archive.add(actor, new NewEvidence(c.order(), c.shipment(), null, EvidenceKind.CARRIER_STATEMENT,
                                file.name(), ticket.answeredAt(), "logistics:carrier-ticket"),
                                new ByteArrayInputStream(file.bytes()));
                    }
                    catch (EvidenceRefused refused) {
                        log.info("Carrier ticket {}'s file not archived: {}", ticket.ticketNumber(), refused.getMessage());
                    }
                });
            }
        }
    }

    /**
     * A shop-level appeal's generated evidence: the account-health record (L7) for the 90 days before the
     * platform's decision up to the opening of the case, made once (a later collect keeps the first).
     */
    private void collectForShop(Actor actor, Case c) {
        boolean present = archive.ofShopCase(actor, c.shop(), c.id().value()).stream()
                .anyMatch(item -> item.kind() == EvidenceKind.ACCOUNT_HEALTH_RECORD);
        if (present) {
            return;
        }
        Instant to = c.openedAt();
        Instant from = c.deadline().windowStartsAt().minus(HEALTH_PERIOD);
        byte[] pdf = healthRecord.pdf(actor, from, to, c.statement().language());
        archive.addToShopCase(actor, c.shop(), NewEvidence.forShopCase(c.id().value(), EvidenceKind.ACCOUNT_HEALTH_RECORD,
                "account-health-" + DAY.format(from) + "-" + DAY.format(to) + ".pdf", to, "generated:account-health"),
                new ByteArrayInputStream(pdf));
    }

    /** The ticket as a carrier and a platform reviewer read it. */
    static String text(CarrierTicket t) {
        StringBuilder s = new StringBuilder()
                .append("Carrier ticket ").append(t.ticketNumber()).append('\n')
                .append("Carrier: ").append(t.carrierCode()).append('\n')
                .append("Status: ").append(t.status()).append('\n')
                .append("Opened: ").append(t.openedAt()).append(" by ").append(t.createdBy()).append('\n');
        if (t.answeredAt() != null) {
            s.append("Answered: ").append(t.answeredAt()).append('\n');
        }
        if (t.statement() != null) {
            s.append("\nCarrier's statement:\n").append(t.statement()).append('\n');
        }
        return s.toString();
    }

    private static String safe(String ticketNumber) {
        return ticketNumber.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
