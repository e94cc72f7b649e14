package org.aftercare.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.TimelineEvent;
import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.shared.pdf.PdfReport;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dossier's PDF summary, one template per case type in English and Chinese (bundle
 * messages/cases, keys {@code cases.dossier.*}): the facts, the timeline (every scan of the parcel
 * and every step of the case), the evidence with its hashes, the seller's position and the proposed
 * solution — the agent's words, or the type's default wording when the agent left them empty.
 */
@Component
class DossierSummary {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Orders orders;
    private final Shipments shipments;
    private final Cases cases;
    private final Shops shops;

    DossierSummary(MessageSource messages, Orders orders, Shipments shipments, Cases cases, Shops shops) {
        this.shops = shops;
        this.messages = messages;
        this.orders = orders;
        this.shipments = shipments;
        this.cases = cases;
    }

    byte[] pdf(Actor actor, Case c, List<Dossiers.Entry> entries, String language) {
        Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Order order = c.shopLevel() ? null : orders.find(c.tenant(), c.order()).orElseThrow();
        String shopName = shops.find(c.tenant(), c.shop()).map(Shop::name).orElse(c.shop().toString());
        // a shop-level appeal speaks of the shop where others speak of the order
        String subject = order == null ? shopName : order.orderNumber();
        String wording = c.shopLevel() ? "SHOP_APPEAL" : c.type().name();
        ShipmentSnapshot shipment = c.shipment() == null ? null : shipments.snapshot(c.tenant(), c.shipment()).orElse(null);
        ZoneId zone = shipment != null ? shipment.destinationZone() : ZoneId.of("UTC");
        String type = text(locale, "cases.type." + c.type());
        String reason = text(locale, "cases.reason." + c.reason());
        Object[] args = {c.number(), subject, c.amount().toString(),
                shipment == null ? "-" : shipment.trackingNumber(), c.carrierCode() == null ? "-" : c.carrierCode(), reason};

        PdfReport pdf = PdfReport.titled(text(locale, "cases.dossier.title", c.number(), type), c.openedAt())
                .paragraph(text(locale, "cases.dossier.intro." + wording, args))
                .heading(text(locale, "cases.dossier.facts"))
                .keyValues(List.of(
                        Map.entry(text(locale, "cases.field.number"), String.valueOf(c.number())),
                        Map.entry(text(locale, "cases.field.type"), type + " / " + reason),
                        Map.entry(text(locale, "cases.field.venue"), text(locale, "cases.venue." + c.venue())),
                        Map.entry(text(locale, "cases.field.market"), c.market()),
                        order == null ? Map.entry(text(locale, "cases.field.shop"), shopName)
                                : Map.entry(text(locale, "cases.field.order"), order.orderNumber() + " · " + time(order.placedAt(), zone)),
                        Map.entry(text(locale, "cases.field.amount"), c.amount().toString()),
                        Map.entry(text(locale, "cases.field.tracking"), shipment == null ? "-"
                                : shipment.trackingNumber() + " · " + shipment.carrierCode() + " · " + shipment.status()),
                        Map.entry(text(locale, "cases.field.externalRef"), c.externalRef() == null ? "-" : c.externalRef()),
                        Map.entry(text(locale, "cases.field.deadline"), time(c.deadline().deadlineAt(), zone))));
        if (c.statement().facts() != null) {
            pdf.paragraph(c.statement().facts());
        }
        pdf.heading(text(locale, "cases.dossier.timeline"));
        List<List<String>> rows = new ArrayList<>();
        if (shipment != null) {
            for (TimelineEvent e : shipments.timeline(c.tenant(), shipment.id())) {
                rows.add(List.of(time(e.occurredAt(), zone), e.zone() == null ? "" : e.zone(),
                        e.location() == null ? "" : e.location(), e.description() == null ? String.valueOf(e.rawStatus())
                                : e.description()));
            }
        }
        for (CaseEvent e : cases.history(actor, c.id())) {
            rows.add(List.of(time(e.at(), zone), zone.getId(), "", text(locale, "cases.event." + e.kind())
                    + (e.detail() == null ? "" : " — " + e.detail())));
        }
        pdf.table(List.of(text(locale, "cases.dossier.time"), text(locale, "cases.dossier.zone"),
                text(locale, "cases.dossier.location"), text(locale, "cases.dossier.event")), rows, 2, 2, 3, 5);
        pdf.heading(text(locale, "cases.dossier.evidence"));
        pdf.table(List.of(text(locale, "cases.dossier.file"), text(locale, "cases.dossier.kind"), "SHA-256",
                        text(locale, "cases.dossier.captured")),
                entries.stream().map(e -> List.of(e.name(), text(locale, "cases.kind." + e.item().kind()), e.item().sha256(),
                        time(e.item().capturedAt(), zone))).toList(), 4, 2, 5, 2);
        pdf.heading(text(locale, "cases.dossier.position"));
        pdf.paragraph(c.statement().position() != null ? c.statement().position()
                : text(locale, "cases.dossier.position." + wording, args));
        pdf.heading(text(locale, "cases.dossier.solution"));
        pdf.paragraph(c.statement().solution() != null ? c.statement().solution()
                : text(locale, "cases.dossier.solution." + wording, args));
        pdf.footer(text(locale, order == null ? "cases.dossier.footer.shop" : "cases.dossier.footer", c.number(), subject));
        return pdf.toBytes();
    }

    private String text(Locale locale, String key, Object... args) {
        Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, plain, locale);
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
