package org.aftercare.orders.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.aftercare.orders.OrderFile;
import org.aftercare.shared.Money;
import org.aftercare.shared.csv.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** The rules for one line of an order file, by example. */
class OrderCsvRowTests {

    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Berlin");

    static OrderCsvRow.Reading read(OrderFile file) {
        List<CsvRecord> records = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .ofCsvRecord(file.text()).stream().toList();
        CsvColumns columns = CsvColumns.of(records.getFirst().getFields());
        return OrderCsvRow.read(records.get(1).getStartingLineNumber(), columns, records.get(1), SHOP_ZONE);
    }

    static OrderCsvRow.Reading lineWith(String column, String value) {
        return read(OrderFile.anOrderFile().line("ORD-1", column, value));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' → rejected: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            currency        | XYZ                   | unknown currency 'XYZ'
            currency        | ""                    | is required
            unit_price      | -3.00                 | is negative
            unit_price      | 12,50                 | not an amount like 12.50
            unit_price      | 12.5O                 | not an amount like 12.50
            unit_price      | $12.50                | not an amount like 12.50
            unit_price      | 12.505                | more decimals than EUR allows (2)
            quantity        | 0                     | must be at least 1
            quantity        | -2                    | must be at least 1
            quantity        | 1.5                   | not a whole number
            quantity        | 99999999999           | too large
            placed_at       | 2026-02-30T10:00:00Z  | not an ISO-8601 date-time
            placed_at       | 20.11.2026 14:05      | not an ISO-8601 date-time
            placed_at       | 2026-11-20            | not an ISO-8601 date-time
            placed_at       | ""                    | is required
            order_number    | ""                    | is required
            sku             | ""                    | is required
            title           | ""                    | is required
            hot_product     | maybe                 | not true or false
            buyer_email     | jana-at-example.com   | not an e-mail address
            buyer_country   | Germany               | not an ISO 3166 country code
            buyer_language  | deutsch!              | not a language tag
            buyer_time_zone | Mars/Olympus          | not a time zone
            """)
    void aBadValueRejectsTheLineNamingTheColumn(String column, String value, String reason) {
        OrderCsvRow.Reading reading = lineWith(column, value);

        assertThat(reading.row()).isNull();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo(column);
            assertThat(p.reason()).contains(reason);
        });
    }

    @Test
    void everyBrokenColumnOfALineIsReported() {
        OrderCsvRow.Reading reading = read(OrderFile.anOrderFile()
                .line("ORD-1", "currency", "XYZ", "quantity", "0", "placed_at", "yesterday"));

        assertThat(reading.problems()).extracting(RowProblem::field)
                .containsExactlyInAnyOrder("currency", "quantity", "placed_at");
        assertThat(reading.orderNumber()).isEqualTo("ORD-1");
    }

    @ParameterizedTest(name = "placed_at ''{0}'' → {1}, zone assumed: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20T14:05:00+08:00               | 2026-11-20T06:05:00Z | false
            2026-11-20T14:05:00Z                    | 2026-11-20T14:05:00Z | false
            2026-11-20T14:05:00+08:00[Asia/Shanghai] | 2026-11-20T06:05:00Z | false
            2026-11-20T14:05:00[Asia/Shanghai]      | 2026-11-20T06:05:00Z | false
            2026-11-20T14:05:00                     | 2026-11-20T13:05:00Z | true
            2026-11-20 14:05:00                     | 2026-11-20T13:05:00Z | true
            2026-07-20T14:05                        | 2026-07-20T12:05:00Z | true
            """)
    void placedAtIsReadWithItsOffsetOrZoneElseInTheShopsZone(String text, Instant instant, boolean zoneAssumed) {
        OrderCsvRow row = lineWith("placed_at", text).row();

        assertThat(row.placedAt().instant()).isEqualTo(instant);
        assertThat(row.placedAt().zoneAssumed()).isEqualTo(zoneAssumed);
    }

    @ParameterizedTest(name = "hot_product ''{0}'' → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            true  | true
            TRUE  | true
            yes   | true
            1     | true
            false | false
            no    | false
            0     | false
            ""    | false
            """)
    void hotProductIsAYesOrNo(String text, boolean hot) {
        assertThat(lineWith("hot_product", text).row().orderLine().hotProduct()).isEqualTo(hot);
    }

    @Test
    void aGoodLineBecomesAnOrderLineAndItsBuyer() {
        OrderCsvRow row = read(OrderFile.anOrderFile()
                .line("ORD-1", "currency", "jpy", "unit_price", "1200", "quantity", "3", "buyer_country", "jp")).row();

        assertThat(row.orderLine().unitPrice()).isEqualTo(Money.of("1200", "JPY"));
        assertThat(row.orderLine().quantity()).isEqualTo(3);
        assertThat(row.buyer().ref()).isEqualTo("tt-ORD-1");
        assertThat(row.buyer().country()).isEqualTo("JP");
    }

    @Test
    void withoutABuyerRefTheEmailIdentifiesTheBuyer() {
        OrderCsvRow row = lineWith("buyer_ref", "").row();

        assertThat(row.buyer().ref()).isEqualTo("jana@example.com");
    }

    @Test
    void aBuyerWithNeitherRefNorEmailCannotBeTold() {
        OrderCsvRow.Reading reading = read(OrderFile.anOrderFile().line("ORD-1", "buyer_ref", "", "buyer_email", ""));

        assertThat(reading.problems()).extracting(RowProblem::field).containsExactly("buyer_ref");
    }

    @Test
    void headersAreMatchedByNameWhateverTheirCaseOrOrder() {
        OrderFile file = OrderFile.withHeader("Quantity, CURRENCY ,Unit Price,title,SKU,Placed-At,Order Number,Extra")
                .raw("2,USD,9.99,Lamp,LAMP-1,2026-11-20T10:00:00Z,US-1,ignored");

        OrderCsvRow row = read(file).row();

        assertThat(row.orderNumber()).isEqualTo("US-1");
        assertThat(row.orderLine().unitPrice()).isEqualTo(Money.of("9.99", "USD"));
        assertThat(row.buyer()).isNull();
    }

    @Test
    void aMissingRequiredHeaderNamesTheMissingColumns() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                CsvColumns.of(List.of("order_number", "placed_at", "sku", "title", "unit_price"))))
                .isInstanceOf(FieldRejected.class)
                .hasMessage("missing columns: currency, quantity");
    }
}
