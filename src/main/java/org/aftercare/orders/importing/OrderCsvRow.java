package org.aftercare.orders.importing;

import static org.aftercare.orders.importing.CsvColumns.*;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

import org.aftercare.orders.NewOrder;
import org.aftercare.shared.Money;
import org.aftercare.shared.csv.RowProblem;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * One line of an order file: the order it belongs to and one order line. Read by
 * {@link #read}, which reports every broken column of the line, not only the first.
 */
record OrderCsvRow(long line, String orderNumber, PlacedAt placedAt, NewOrder.NewBuyer buyer, NewOrder.Line orderLine) {

    /** A line read: either a row, or the problems that kept it from being one. */
    record Reading(String orderNumber, OrderCsvRow row, List<RowProblem> problems) {
    }

    static Reading read(long line, CsvColumns columns, CsvRecord record, ZoneId shopZone) {
        Fields fields = new Fields(line, columns, record);
        String orderNumber = fields.read(ORDER_NUMBER, v -> ColumnRules.required(v, ColumnRules.MAX_ORDER_NUMBER));
        PlacedAt placedAt = fields.read(PLACED_AT, v -> PlacedAt.parse(v, shopZone));
        String sku = fields.read(SKU, v -> ColumnRules.required(v, ColumnRules.MAX_SKU));
        String title = fields.read(TITLE, v -> ColumnRules.required(v, ColumnRules.MAX_TITLE));
        BigDecimal amount = fields.read(UNIT_PRICE, ColumnRules::amount);
        Currency currency = fields.read(CURRENCY, ColumnRules::currency);
        if (amount != null && currency != null) {
            fields.read(UNIT_PRICE, v -> {
                ColumnRules.fitsCurrency(amount, currency);
                return amount;
            });
        }
        Integer quantity = fields.read(QUANTITY, ColumnRules::quantity);
        Boolean hot = fields.read(HOT_PRODUCT, ColumnRules::flag);
        NewOrder.NewBuyer buyer = buyer(fields);

        if (!fields.problems.isEmpty()) {
            return new Reading(orderNumber, null, fields.problems);
        }
        NewOrder.Line orderLine = new NewOrder.Line(sku, title, new Money(amount, currency), quantity, hot);
        return new Reading(orderNumber, new OrderCsvRow(line, orderNumber, placedAt, buyer, orderLine), List.of());
    }

    /** The buyer is who the ref names — the platform's buyer id, or the e-mail when there is none. */
    private static NewOrder.NewBuyer buyer(Fields fields) {
        String ref = fields.read(BUYER_REF, v -> ColumnRules.optional(v, ColumnRules.MAX_CONTACT));
        String name = fields.read(BUYER_NAME, v -> ColumnRules.optional(v, ColumnRules.MAX_CONTACT));
        String email = fields.read(BUYER_EMAIL, ColumnRules::email);
        String phone = fields.read(BUYER_PHONE, ColumnRules::phone);
        String country = fields.read(BUYER_COUNTRY, ColumnRules::country);
        String language = fields.read(BUYER_LANGUAGE, ColumnRules::language);
        String zone = fields.read(BUYER_TIME_ZONE, ColumnRules::zone);
        String identity = ref != null ? ref : email;
        if (identity == null) {
            if (name != null || phone != null) {
                fields.reject(BUYER_REF, "buyer_ref or buyer_email is needed to tell who the buyer is");
            }
            return null;
        }
        return new NewOrder.NewBuyer(identity, name, email, phone, country, language, zone);
    }

    /** The columns of one line, read rule by rule; every broken one becomes a problem. */
    private static final class Fields {

        private final long line;
        private final CsvColumns columns;
        private final CsvRecord record;
        private final List<RowProblem> problems = new ArrayList<>();

        Fields(long line, CsvColumns columns, CsvRecord record) {
            this.line = line;
            this.columns = columns;
            this.record = record;
        }

        <T> T read(String column, Function<String, T> rule) {
            try {
                return rule.apply(columns.value(record, column));
            }
            catch (FieldRejected e) {
                reject(column, e.getMessage());
                return null;
            }
        }

        void reject(String column, String reason) {
            problems.add(new RowProblem(line, column, reason));
        }
    }
}
