package org.aftercare.evidence.generate;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.Tickets;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.evidence.intake.Intake;
import org.aftercare.evidence.intake.StagedFile;
import org.aftercare.evidence.items.Keeper;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.TimelineEvent;
import org.aftercare.orders.Order;
import org.aftercare.outreach.NoticeRecord;
import org.aftercare.outreach.Notices;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Component;

/**
 * Makes an order's evidence from Aftercare's own records: the order record, one tracking trail per
 * shipment, one transcript per buyer conversation, one record per notice sent to the buyer. Each
 * document is dated by its data, so generating again without new data gives the same bytes and the
 * archive keeps the existing item.
 */
@Component
public class Generator {

    private final Shipments shipments;
    private final Tickets tickets;
    private final Notices notices;
    private final Intake intake;
    private final Keeper keeper;

    Generator(Shipments shipments, Tickets tickets, Notices notices, Intake intake, Keeper keeper) {
        this.shipments = shipments;
        this.tickets = tickets;
        this.notices = notices;
        this.intake = intake;
        this.keeper = keeper;
    }

    public List<EvidenceItem> generate(Actor actor, Order order) {
        List<EvidenceItem> items = new ArrayList<>();
        items.add(keep(actor, order, new NewEvidence(order.id(), null, null, EvidenceKind.ORDER_RECORD,
                OrderRecordPdf.fileName(order), order.createdAt(), "generated:order"), OrderRecordPdf.render(order)));
        for (ShipmentSnapshot shipment : shipments.ofOrder(actor.tenant(), order.id())) {
            List<TimelineEvent> events = shipments.timeline(actor.tenant(), shipment.id());
            items.add(keep(actor, order, new NewEvidence(order.id(), shipment.id(), null, EvidenceKind.TRACKING_TRAIL,
                            TrailPdf.fileName(shipment), TrailPdf.asOf(shipment, events), "generated:trail"),
                    TrailPdf.render(order.orderNumber(), shipment, events)));
        }
        for (TicketDetail ticket : tickets.ofOrder(actor, order.id())) {
            if (TranscriptPdf.messages(ticket).isEmpty()) {
                continue;
            }
            Instant asOf = TranscriptPdf.asOf(ticket);
            items.add(keep(actor, order, new NewEvidence(order.id(), null, null, EvidenceKind.CHAT_TRANSCRIPT,
                    TranscriptPdf.fileName(ticket), asOf, "generated:chat"), TranscriptPdf.render(order.orderNumber(), ticket)));
        }
        for (NoticeRecord notice : notices.sentForOrder(actor.tenant(), order.id())) {
            items.add(keep(actor, order, new NewEvidence(order.id(), null, null, EvidenceKind.NOTICE,
                    NoticePdf.fileName(notice), notice.sentAt(), "generated:notice"), NoticePdf.render(order.orderNumber(), notice)));
        }
        return items;
    }

    private EvidenceItem keep(Actor actor, Order order, NewEvidence what, byte[] pdf) {
        try (StagedFile staged = intake.stage(what.fileName(), new ByteArrayInputStream(pdf))) {
            return keeper.keep(actor.tenant(), order.shop().value(), actor.name(), what, staged, true);
        }
    }
}
