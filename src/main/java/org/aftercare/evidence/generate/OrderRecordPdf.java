package org.aftercare.evidence.generate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.orders.Order;
import org.aftercare.shared.pdf.PdfReport;

/**
 * The order as the shop recorded it: number, dates, market, lines, prices, total, buyer reference.
 * Contact data is left out: the record goes to platforms and carriers, who have their own.
 */
public final class OrderRecordPdf {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private OrderRecordPdf() {
    }

    public static String fileName(Order order) {
        return "order-record-" + order.orderNumber().replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf";
    }

    public static byte[] render(Order order) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Order number", order.orderNumber());
        facts.put("Placed", UTC.format(order.placedAt()));
        facts.put("Market", order.market());
        facts.put("Status", order.status());
        facts.put("Source", order.source());
        facts.put("Buyer reference", order.buyer() == null || order.buyer().erased() ? "" : nonNull(order.buyer().ref()));
        facts.put("Buyer country", order.buyer() == null ? "" : nonNull(order.buyer().country()));
        facts.put("Total", order.total().toString());

        List<List<String>> lines = new ArrayList<>();
        for (Order.Line line : order.lines()) {
            lines.add(List.of(String.valueOf(line.lineNo()), line.sku(), line.title(), String.valueOf(line.quantity()),
                    line.unitPrice().toString(), line.unitPrice().times(line.quantity()).toString()));
        }
        return PdfReport.titled("Order record " + order.orderNumber(), order.createdAt())
                .keyValues(facts)
                .heading("Lines")
                .table(List.of("#", "SKU", "Item", "Qty", "Unit price", "Amount"), lines, 0.5f, 2f, 4f, 0.7f, 1.6f, 1.6f)
                .note("The order as recorded by the shop in Aftercare on " + UTC.format(order.createdAt()) + ".")
                .footer("Order record " + order.orderNumber())
                .toBytes();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
