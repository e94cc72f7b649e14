package org.aftercare.shared.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The header of an imported CSV file, mapped by name: case, surrounding blanks and "Order Number"
 * vs "order_number" do not matter, the order of columns does not either, unknown columns are
 * ignored. Shared by every CSV import (orders, tracking events).
 */
public final class CsvHeader {

    private final Map<String, Integer> positions;
    private final int width;

    private CsvHeader(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** @throws IllegalArgumentException naming the missing or repeated columns */
    public static CsvHeader of(List<String> header, List<String> required) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalized(header.get(i));
            if (!name.isEmpty() && positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing = required.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing columns: " + String.join(", ", missing));
        }
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("repeated columns: " + String.join(", ", repeated));
        }
        return new CsvHeader(positions, header.size());
    }

    public static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The stripped value, or "" when the file has no such column. */
    public String value(CsvRecord record, String column) {
        Integer position = positions.get(column);
        return position == null || position >= record.getFieldCount() ? "" : record.getField(position).strip();
    }

    /** Why a line has not as many fields as the header, or null when it has. */
    public String widthMismatch(CsvRecord record) {
        int fields = record.getFieldCount();
        if (fields < width) {
            return "missing columns: the line has " + fields + " fields, the header " + width;
        }
        if (fields > width) {
            return "too many columns: the line has " + fields + " fields, the header " + width;
        }
        return null;
    }

    /** The last line of the file a record spans (a quoted field may hold line breaks). */
    public static long lastLine(CsvRecord record) {
        long newlines = 0;
        for (String field : record.getFields()) {
            newlines += field.chars().filter(c -> c == '\n').count();
        }
        return record.getStartingLineNumber() + newlines;
    }
}
