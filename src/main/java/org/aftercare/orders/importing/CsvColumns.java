package org.aftercare.orders.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The header of an order file, mapped by name: case, surrounding blanks and "Order Number" vs
 * "order_number" do not matter, the order of columns does not either, unknown columns are ignored.
 */
final class CsvColumns {

    static final String ORDER_NUMBER = "order_number";
    static final String PLACED_AT = "placed_at";
    static final String BUYER_REF = "buyer_ref";
    static final String BUYER_NAME = "buyer_name";
    static final String BUYER_EMAIL = "buyer_email";
    static final String BUYER_PHONE = "buyer_phone";
    static final String BUYER_COUNTRY = "buyer_country";
    static final String BUYER_LANGUAGE = "buyer_language";
    static final String BUYER_TIME_ZONE = "buyer_time_zone";
    static final String SKU = "sku";
    static final String TITLE = "title";
    static final String UNIT_PRICE = "unit_price";
    static final String CURRENCY = "currency";
    static final String QUANTITY = "quantity";
    static final String HOT_PRODUCT = "hot_product";

    /** Without these a line cannot become an order line. Buyer columns and hot_product may be left out. */
    static final List<String> REQUIRED = List.of(ORDER_NUMBER, PLACED_AT, SKU, TITLE, UNIT_PRICE, CURRENCY, QUANTITY);

    private final Map<String, Integer> positions;
    private final int width;

    private CsvColumns(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** @throws FieldRejected naming the missing or repeated columns */
    static CsvColumns of(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalized(header.get(i));
            if (!name.isEmpty() && positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FieldRejected("missing columns: " + String.join(", ", missing));
        }
        if (!repeated.isEmpty()) {
            throw new FieldRejected("repeated columns: " + String.join(", ", repeated));
        }
        return new CsvColumns(positions, header.size());
    }

    static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The stripped value, or "" when the file has no such column. */
    String value(CsvRecord record, String column) {
        Integer position = positions.get(column);
        return position == null || position >= record.getFieldCount() ? "" : record.getField(position).strip();
    }

    /** Why a line has not as many fields as the header, or null when it has. */
    String widthMismatch(CsvRecord record) {
        int fields = record.getFieldCount();
        if (fields < width) {
            return "missing columns: the line has " + fields + " fields, the header " + width;
        }
        if (fields > width) {
            return "too many columns: the line has " + fields + " fields, the header " + width;
        }
        return null;
    }
}
