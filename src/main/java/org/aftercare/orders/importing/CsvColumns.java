package org.aftercare.orders.importing;

import java.util.List;

import org.aftercare.shared.csv.CsvHeader;

import de.siegmar.fastcsv.reader.CsvRecord;

/** The columns of an order file; read by name through {@link CsvHeader}. */
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

    private final CsvHeader header;

    private CsvColumns(CsvHeader header) {
        this.header = header;
    }

    /** @throws FieldRejected naming the missing or repeated columns */
    static CsvColumns of(List<String> header) {
        try {
            return new CsvColumns(CsvHeader.of(header, REQUIRED));
        }
        catch (IllegalArgumentException e) {
            throw new FieldRejected(e.getMessage());
        }
    }

    static String normalized(String name) {
        return CsvHeader.normalized(name);
    }

    /** The stripped value, or "" when the file has no such column. */
    String value(CsvRecord record, String column) {
        return header.value(record, column);
    }

    /** Why a line has not as many fields as the header, or null when it has. */
    String widthMismatch(CsvRecord record) {
        return header.widthMismatch(record);
    }
}
