package org.aftercare.orders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An order CSV file as a seller exports it, built line by line. Each line is a good order line
 * unless the test changes a column.
 */
public final class OrderFile {

    public static final String HEADER = "order_number,placed_at,buyer_ref,buyer_name,buyer_email,buyer_phone,"
            + "buyer_country,buyer_language,buyer_time_zone,sku,title,unit_price,currency,quantity,hot_product";
    private static final List<String> COLUMNS = Arrays.asList(HEADER.split(","));

    private final List<String> lines = new ArrayList<>();

    private OrderFile(String header) {
        lines.add(header);
    }

    public static OrderFile anOrderFile() {
        return new OrderFile(HEADER);
    }

    public static OrderFile withHeader(String header) {
        return new OrderFile(header);
    }

    /** A good line of order {@code number}, with {@code columnValuePairs} changed: "currency", "XYZ", … */
    public OrderFile line(String number, String... columnValuePairs) {
        String[] values = {number, "2026-11-20T14:05:00+01:00", "tt-" + number, "Jana Müller", "jana@example.com",
                "+49 170 1234567", "DE", "de", "Europe/Berlin", "SKU-1", "Red mug", "12.50", "EUR", "1", "false"};
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            int column = COLUMNS.indexOf(columnValuePairs[i]);
            if (column < 0) {
                throw new IllegalArgumentException("No column " + columnValuePairs[i]);
            }
            values[column] = columnValuePairs[i + 1];
        }
        lines.add(String.join(",", Arrays.stream(values).map(OrderFile::quoted).toList()));
        return this;
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    public OrderFile raw(String line) {
        lines.add(line);
        return this;
    }

    /** {@code count} one-line orders numbered from {@code prefix}-1. */
    public OrderFile orders(String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            line(prefix + "-" + i, "buyer_ref", "tt-buyer-" + (i % 3000), "sku", "SKU-" + (i % 50));
        }
        return this;
    }

    public String text() {
        return String.join("\r\n", lines) + "\r\n";
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The 1-based line in the file of the line added last. */
    public long lastLine() {
        return lines.size();
    }
}
