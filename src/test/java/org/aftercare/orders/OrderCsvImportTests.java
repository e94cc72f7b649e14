package org.aftercare.orders;

import static org.aftercare.orders.OrderFile.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.aftercare.orders.importing.ImportReport;
import org.aftercare.orders.importing.OrderCsvImport;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.csv.RowProblem;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing a shop's orders from CSV: every line is imported, unchanged, or reported with its reason. */
@SpringBootTest
@RecordApplicationEvents
class OrderCsvImportTests {

    @Autowired
    OrderCsvImport csvImport;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Seller seller;

    @BeforeEach
    void aSellerInGermany() {
        seller = Seller.inMarket("DE", tenants, shops);
    }

    ImportReport importing(OrderFile file) {
        return importing(file.bytes());
    }

    ImportReport importing(byte[] file) {
        return csvImport.importCsv(seller.actor(Role.AGENT), seller.shop().id(), new ByteArrayInputStream(file));
    }

    @Test
    void aFileOf10000LinesWith3BadOnesImports9997AndReportsThe3() {
        OrderFile file = anOrderFile().orders("DE", 2_000);
        file.line("DE-BAD-CURRENCY", "currency", "XYZ");
        long badCurrency = file.lastLine();
        file.orders("DE-A", 4_000);
        file.line("DE-BAD-PRICE", "unit_price", "-12.50");
        long badPrice = file.lastLine();
        file.orders("DE-B", 2_996);
        file.line("DE-BAD-DATE", "placed_at", "2026-13-01T10:00:00Z");
        long badDate = file.lastLine();
        for (int i = 1; i <= 1_000; i++) {
            // Orders of two lines, the second line far away from the first.
            file.line("DE-B-" + i, "buyer_ref", "tt-buyer-" + (i % 3000), "sku", "SKU-EXTRA", "title", "Extra");
        }
        file.line("DE-C-1");

        ImportReport report = importing(file);

        assertThat(report.rows()).isEqualTo(10_000);
        assertThat(report.imported()).isEqualTo(9_997);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.errors()).extracting(RowProblem::line, RowProblem::field)
                .containsExactly(tuple(badCurrency, "currency"), tuple(badPrice, "unit_price"), tuple(badDate, "placed_at"));
        assertThat(linesOfShop()).isEqualTo(9_997);
        assertThat(report.ordersImported()).isEqualTo(2_000 + 4_000 + 2_996 + 1);
        assertThat(events.stream(OrderImported.class)).hasSize(8_997);
    }

    @Test
    void reImportingTheSameFileChangesNothing() {
        OrderFile file = anOrderFile().orders("DE", 300).line("DE-1", "buyer_ref", "tt-buyer-1", "sku", "SKU-2").line("DE-X", "quantity", "0");
        ImportReport first = importing(file);
        String before = shopSnapshot();
        long published = events.stream(OrderImported.class).count();

        ImportReport again = importing(file);

        assertThat(first.imported()).isEqualTo(301);
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(301);
        assertThat(again.rejected()).isEqualTo(1);
        assertThat(shopSnapshot()).isEqualTo(before);
        assertThat(events.stream(OrderImported.class).count()).isEqualTo(published);
    }

    @Test
    void anOrdersLinesMayBeSpreadOverTheFile() {
        ImportReport report = importing(anOrderFile()
                .line("DE-1", "sku", "MUG")
                .line("DE-2")
                .line("DE-1", "sku", "SPOON", "unit_price", "3.00", "quantity", "2"));

        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.ordersImported()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select total_amount from orders where shop_id = :shop and order_number = 'DE-1'
                """).param("shop", seller.shop().id().value()).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("18.50");
    }

    @Test
    void aBadLineRejectsItsWholeOrderAndSaysSoOnEachLine() {
        ImportReport report = importing(anOrderFile()
                .line("DE-1", "sku", "MUG")
                .line("DE-2")
                .line("DE-1", "sku", "SPOON", "quantity", "many"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowProblem::line, RowProblem::field)
                .containsExactly(tuple(2L, "order_number"), tuple(4L, "quantity"));
        assertThat(report.errors().getFirst().reason()).contains("line 4");
    }

    @Test
    void oneOrderNumberWithConflictingContentIsReportedAndNotImported() {
        ImportReport report = importing(anOrderFile()
                .line("DE-1")
                .line("DE-1", "sku", "OTHER", "placed_at", "2026-11-21T09:00:00Z")
                .line("DE-2"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).extracting(RowProblem::line, RowProblem::field)
                .containsExactly(tuple(2L, "order_number"), tuple(3L, "placed_at"));
        assertThat(report.errors().get(1).reason()).contains("two orders share this number");
    }

    @Test
    void aLineRepeatedWordForWordIsReportedAndTheOrderKept() {
        ImportReport report = importing(anOrderFile().line("DE-1").line("DE-1"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).singleElement().isEqualTo(new RowProblem(3, null, "duplicate of line 2"));
    }

    @Test
    void anOrderImportedBeforeWithOtherContentIsReportedAndLeftAlone() {
        importing(anOrderFile().line("DE-1", "quantity", "1"));

        ImportReport report = importing(anOrderFile().line("DE-1", "quantity", "5"));

        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors().getFirst().reason()).contains("imported before with other content");
        assertThat(jdbc.sql("select sum(quantity) from order_line l join orders o on o.id = l.order_id where o.shop_id = :shop")
                .param("shop", seller.shop().id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMissingColumnRejectsTheWholeFileNamingIt() {
        ImportReport report = importing(OrderFile.withHeader("order_number,placed_at,sku,title,unit_price")
                .raw("DE-1,2026-11-20T10:00:00Z,MUG,Mug,12.00"));

        assertThat(report.imported()).isZero();
        assertThat(report.errors()).singleElement()
                .isEqualTo(new RowProblem(1, null, "missing columns: currency, quantity"));
        assertThat(linesOfShop()).isZero();
    }

    @Test
    void aLineWithFieldsMissingIsReportedAndTheRestImported() {
        ImportReport report = importing(anOrderFile().line("DE-1").raw("DE-2,2026-11-20T10:00:00Z,tt-2").line("DE-3"));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).startsWith("missing columns");
        });
    }

    @Test
    void linesThatAreNotUtf8AreReportedAndTheRestImported() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((OrderFile.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(lineOf("DE-1").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(lineOf("DE-2").getBytes(Charset.forName("windows-1252")));
        file.writeBytes(lineOf("DE-3").getBytes(Charset.forName("GBK")));
        file.writeBytes(lineOf("DE-4").getBytes(StandardCharsets.UTF_8));

        ImportReport report = importing(file.toByteArray());

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowProblem::line).containsExactly(3L, 4L);
        assertThat(report.errors().getFirst().reason()).contains("not UTF-8");
        assertThat(jdbc.sql("select name from buyer where shop_id = :shop order by buyer_ref")
                .param("shop", seller.shop().id().value()).query(String.class).list())
                .containsExactly("Jürgen Groß 王", "Jürgen Groß 王");
    }

    static String lineOf(String number) {
        return number + ",2026-11-20T10:00:00Z,tt-" + number + ",Jürgen Groß " + (number.equals("DE-2") ? "" : "王")
                + ",j@example.com,,DE,de,Europe/Berlin,MUG,Mug,12.00,EUR,1,false\n";
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] text = anOrderFile().line("DE-1").bytes();
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(importing(withBom).imported()).isEqualTo(1);
    }

    @Test
    void timesWithoutAZoneAreReadInTheShopsZoneWithAWarning() {
        ImportReport report = importing(anOrderFile().line("DE-1", "placed_at", "2026-11-20 14:05:00"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.reason()).contains("Europe/Berlin");
        });
        assertThat(jdbc.sql("select placed_at::text from orders where shop_id = :shop")
                .param("shop", seller.shop().id().value()).query(String.class).single())
                .isEqualTo("2026-11-20 13:05:00+00");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItStarts() {
        ImportReport report = importing(anOrderFile().line("DE-1")
                .raw("DE-2,2026-11-20T10:00:00Z,tt-2,\"Jana,j@example.com,,DE,de,Europe/Berlin,MUG,Mug,12.00,EUR,1,false")
                .line("DE-3").line("DE-4"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("quote");
        });
    }

    @Test
    void aQuotedFieldMaySpanLines() {
        ImportReport report = importing(anOrderFile().line("DE-1", "title", "Mug\nwith a handle").line("DE-2"));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void anEmptyFileIsReported() {
        assertThat(importing(new byte[0]).errors()).singleElement()
                .isEqualTo(new RowProblem(1, null, "the file is empty"));
    }

    @Test
    void aShopOfAnotherTenantIsNotFound() {
        Seller other = Seller.inMarket("DE", tenants, shops);

        assertThatThrownBy(() -> csvImport.importCsv(other.actor(Role.OWNER), seller.shop().id(),
                new ByteArrayInputStream(anOrderFile().line("DE-1").bytes())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anAgentOfAnotherMarketCannotImportIntoThisShop() {
        assertThatThrownBy(() -> csvImport.importCsv(seller.agentServing("FR"), seller.shop().id(),
                new ByteArrayInputStream(anOrderFile().line("DE-1").bytes())))
                .isInstanceOf(NotFound.class);
    }

    long linesOfShop() {
        return jdbc.sql("select count(*) from order_line l join orders o on o.id = l.order_id where o.shop_id = :shop")
                .param("shop", seller.shop().id().value()).query(Long.class).single();
    }

    /** Everything stored for the shop, so a test can see that nothing changed. */
    String shopSnapshot() {
        return String.join("\n", jdbc.sql("""
                select o.id || o.order_number || o.placed_at || o.total_amount || coalesce(o.buyer_id::text, '')
                       || l.line_no || l.sku || l.quantity || l.unit_price || coalesce(b.name, '')
                  from orders o
                  join order_line l on l.order_id = o.id
                  left join buyer b on b.id = o.buyer_id
                 where o.shop_id = :shop
                 order by o.order_number, l.line_no
                """).param("shop", seller.shop().id().value()).query(String.class).list());
    }
}
