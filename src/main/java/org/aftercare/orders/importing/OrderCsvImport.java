package org.aftercare.orders.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.orders.OrdersProperties;
import org.aftercare.shared.csv.RowProblem;
import org.aftercare.shared.csv.Utf8CheckingReader;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.csv.CsvHeader;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Service;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Imports a shop's orders from a CSV file, one line per order line. The file is read as a stream;
 * the orders are held until it is read, as the lines of one order may be anywhere in it, then
 * written in batches through {@link Orders#createAll}, so a re-import changes nothing.
 * Every line is accounted for: imported, unchanged, or rejected with its line number and reason.
 */
@Service
public class OrderCsvImport {

    private final Orders orders;
    private final Shops shops;
    private final OrdersProperties properties;

    OrderCsvImport(Orders orders, Shops shops, OrdersProperties properties) {
        this.orders = orders;
        this.shops = shops;
        this.properties = properties;
    }

    /** @throws NotFound if the shop is not one of the actor's tenant and markets */
    public ImportReport importCsv(Actor actor, ShopId shopId, InputStream csv) {
        actor.requireWrite();
        Shop shop = shops.find(actor.tenant(), shopId)
                .filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", shopId));
        Tally tally = new Tally();
        Map<String, OrderDraft> drafts = new LinkedHashMap<>();
        try (Utf8CheckingReader reader = new Utf8CheckingReader(csv);
             CsvReader<CsvRecord> records = CsvReader.builder()
                     .allowExtraFields(true)
                     .allowMissingFields(true)
                     .ofCsvRecord(reader)) {
            read(reader, records.iterator(), shop, drafts, tally);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tally.fileRejected) {
            return tally.report();
        }
        write(actor, shopId, drafts, tally);
        return tally.report();
    }

    private void read(Utf8CheckingReader reader, Iterator<CsvRecord> records, Shop shop,
                      Map<String, OrderDraft> drafts, Tally tally) {
        CsvColumns columns;
        try {
            if (!records.hasNext()) {
                tally.rejectFile(1, "the file is empty");
                return;
            }
            CsvRecord header = records.next();
            if (reader.malformed(header.getStartingLineNumber(), CsvHeader.lastLine(header))) {
                tally.rejectFile(header.getStartingLineNumber(), "the header is not UTF-8; save the file as UTF-8 CSV");
                return;
            }
            columns = CsvColumns.of(header.getFields());
        }
        catch (FieldRejected e) {
            tally.rejectFile(1, e.getMessage());
            return;
        }
        long lastLine = 1;
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                lastLine = CsvHeader.lastLine(record);
                if (++tally.rows > properties.importMaxRows()) {
                    tally.rejectFile(record.getStartingLineNumber(), "the file has more than "
                            + properties.importMaxRows() + " lines; split it and import the parts");
                    return;
                }
                readLine(reader, columns, record, shop, drafts, tally);
            }
        }
        catch (CsvParseException e) {
            // Malformed quoting: what was read before stays; the rest of the file cannot be trusted.
            tally.problem(new RowProblem(lastLine + 1, null, "unreadable CSV from here on: " + e.getMessage()));
        }
    }

    private void readLine(Utf8CheckingReader reader, CsvColumns columns, CsvRecord record, Shop shop,
                          Map<String, OrderDraft> drafts, Tally tally) {
        long line = record.getStartingLineNumber();
        if (reader.malformed(line, CsvHeader.lastLine(record))) {
            tally.problem(new RowProblem(line, null, "the line is not UTF-8; save the file as UTF-8 CSV"));
            return;
        }
        String widthMismatch = columns.widthMismatch(record);
        if (widthMismatch != null) {
            long last = CsvHeader.lastLine(record);
            // An unclosed quote swallows the lines after it; say so rather than only "missing columns".
            String reason = last == line ? widthMismatch : "a quote opened on this line is not closed, so lines "
                    + line + " to " + last + " were read as one; " + widthMismatch;
            tally.problem(new RowProblem(line, null, reason));
            draftOf(drafts, columns.value(record, CsvColumns.ORDER_NUMBER)).ifPresent(d -> d.reject(line));
            return;
        }
        OrderCsvRow.Reading reading = OrderCsvRow.read(line, columns, record, shop.zone());
        if (reading.row() == null) {
            reading.problems().forEach(tally::problem);
            if (reading.orderNumber() != null) {
                drafts.computeIfAbsent(reading.orderNumber(), OrderDraft::new).reject(line);
            }
            return;
        }
        if (reading.row().placedAt().zoneAssumed()) {
            tally.zoneAssumed(line, shop);
        }
        RowProblem problem = drafts.computeIfAbsent(reading.row().orderNumber(), OrderDraft::new).add(reading.row());
        if (problem != null) {
            tally.problem(problem);
        }
    }

    private static Optional<OrderDraft> draftOf(Map<String, OrderDraft> drafts, String orderNumber) {
        return orderNumber.isEmpty() || orderNumber.length() > ColumnRules.MAX_ORDER_NUMBER
                ? Optional.empty()
                : Optional.of(drafts.computeIfAbsent(orderNumber, OrderDraft::new));
    }

    private void write(Actor actor, ShopId shop, Map<String, OrderDraft> drafts, Tally tally) {
        List<OrderDraft> batch = new ArrayList<>();
        for (OrderDraft draft : drafts.values()) {
            if (draft.rejected()) {
                tally.rejectOrder(draft);
                continue;
            }
            batch.add(draft);
            if (batch.size() == properties.importBatchSize()) {
                writeBatch(actor, shop, batch, tally);
                batch.clear();
            }
        }
        writeBatch(actor, shop, batch, tally);
    }

    private void writeBatch(Actor actor, ShopId shop, List<OrderDraft> batch, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<NewOrder> incoming = batch.stream().map(d -> d.toNewOrder(shop)).toList();
        List<Orders.Outcome> outcomes = orders.createAll(actor, shop, incoming);
        for (int i = 0; i < batch.size(); i++) {
            OrderDraft draft = batch.get(i);
            switch (outcomes.get(i).result()) {
                case CREATED -> tally.imported(draft);
                case UNCHANGED -> tally.unchanged(draft);
                case CONFLICT -> {
                    for (long line : draft.lines()) {
                        tally.problem(new RowProblem(line, CsvColumns.ORDER_NUMBER, "order " + draft.orderNumber()
                                + " was imported before with other content; it was left as it was"));
                    }
                    tally.ordersRejected++;
                }
            }
        }
    }

    /** The running counts of one import. */
    private static final class Tally {

        long rows;
        long imported;
        long unchanged;
        long ordersImported;
        long ordersUnchanged;
        long ordersRejected;
        boolean fileRejected;
        final List<RowProblem> errors = new ArrayList<>();
        final Set<Long> rejectedLines = new HashSet<>();
        long zoneAssumedLines;
        long firstZoneAssumedLine;
        String shopZone;

        void problem(RowProblem problem) {
            errors.add(problem);
            rejectedLines.add(problem.line());
        }

        void rejectFile(long line, String reason) {
            fileRejected = true;
            errors.add(new RowProblem(line, null, reason));
        }

        void rejectOrder(OrderDraft draft) {
            ordersRejected++;
            for (long line : draft.lines()) {
                if (!rejectedLines.contains(line)) {
                    problem(new RowProblem(line, CsvColumns.ORDER_NUMBER, "order " + draft.orderNumber()
                            + " is not imported because line " + draft.firstBadLine() + " is rejected"));
                }
            }
        }

        void imported(OrderDraft draft) {
            ordersImported++;
            imported += draft.rowCount();
        }

        void unchanged(OrderDraft draft) {
            ordersUnchanged++;
            unchanged += draft.rowCount();
        }

        void zoneAssumed(long line, Shop shop) {
            if (zoneAssumedLines++ == 0) {
                firstZoneAssumedLine = line;
                shopZone = shop.zone().getId();
            }
        }

        ImportReport report() {
            List<RowProblem> warnings = zoneAssumedLines == 0 ? List.of()
                    : List.of(new RowProblem(firstZoneAssumedLine, CsvColumns.PLACED_AT, zoneAssumedLines
                            + " line(s) have a placed_at without offset or zone, from line " + firstZoneAssumedLine
                            + " on; they were read as the shop's local time (" + shopZone + ")"));
            List<RowProblem> sorted = errors.stream()
                    .sorted(Comparator.comparingLong(RowProblem::line))
                    .toList();
            long rejected = fileRejected ? rows : rejectedLines.size();
            return new ImportReport(rows, fileRejected ? 0 : imported, fileRejected ? 0 : unchanged, rejected,
                    ordersImported, ordersUnchanged, ordersRejected, sorted, warnings);
        }
    }
}
