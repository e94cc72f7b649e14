package org.aftercare.logistics.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.aftercare.logistics.Tracking;
import org.aftercare.shared.csv.CsvHeader;
import org.aftercare.shared.csv.RowProblem;
import org.aftercare.shared.csv.Utf8CheckingReader;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Service;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Imports tracking events from a CSV file, one line per event, as a stream: good lines go to
 * {@link Tracking#ingest} in batches while the file is read, so a file of any length needs little
 * memory, and the same file imported again stores nothing. Every line is accounted for: stored,
 * a duplicate, or rejected with its line number and reason.
 *
 * <p>Columns, by name in any order and case: tracking_number, occurred_at, and status or
 * raw_status; optional carrier, event_id, zone, country, location, description, sub_status,
 * milestone.
 */
@Service
public class TrackingCsvImport {

    static final String PROVIDER = "csv";
    static final List<String> REQUIRED = List.of(EventField.TRACKING_NUMBER.csv(), EventField.OCCURRED_AT.csv());

    private final Tracking tracking;

    TrackingCsvImport(Tracking tracking) {
        this.tracking = tracking;
    }

    public TrackingImportReport importCsv(Actor actor, InputStream csv) {
        actor.requireWrite();
        IngestTotals totals = new IngestTotals(tracking, actor.tenant());
        Lines lines = new Lines();
        try (Utf8CheckingReader reader = new Utf8CheckingReader(csv);
             CsvReader<CsvRecord> records = CsvReader.builder()
                     .allowExtraFields(true)
                     .allowMissingFields(true)
                     .ofCsvRecord(reader)) {
            read(reader, records.iterator(), totals, lines);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        totals.flush();
        return new TrackingImportReport(lines.rows, totals.stored, totals.duplicates, totals.unmapped, totals.waiting,
                totals.future, lines.fileRejected ? lines.rows : lines.rejected.size(), lines.errors);
    }

    private void read(Utf8CheckingReader reader, Iterator<CsvRecord> records, IngestTotals totals, Lines lines) {
        if (!records.hasNext()) {
            lines.rejectFile("the file is empty");
            return;
        }
        CsvRecord first = records.next();
        if (reader.malformed(first.getStartingLineNumber(), CsvHeader.lastLine(first))) {
            lines.rejectFile("the header is not UTF-8; save the file as UTF-8 CSV");
            return;
        }
        CsvHeader header;
        try {
            header = CsvHeader.of(first.getFields(), REQUIRED);
        }
        catch (IllegalArgumentException e) {
            lines.rejectFile(e.getMessage());
            countRest(records, lines);
            return;
        }
        long lastLine = 1;
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                lastLine = CsvHeader.lastLine(record);
                lines.rows++;
                readLine(reader, header, record, totals, lines);
            }
        }
        catch (CsvParseException e) {
            // Malformed quoting: what was read before stays; the rest of the file cannot be trusted.
            lines.problem(new RowProblem(lastLine + 1, null, "unreadable CSV from here on: " + e.getMessage()));
        }
    }

    /** A rejected file still says how many lines it had, all of them rejected. */
    private static void countRest(Iterator<CsvRecord> records, Lines lines) {
        try {
            while (records.hasNext()) {
                records.next();
                lines.rows++;
            }
        }
        catch (CsvParseException e) {
            // The file is rejected already; its count stops where it cannot be read.
        }
    }

    private void readLine(Utf8CheckingReader reader, CsvHeader header, CsvRecord record, IngestTotals totals,
                          Lines lines) {
        long line = record.getStartingLineNumber();
        long last = CsvHeader.lastLine(record);
        if (reader.malformed(line, last)) {
            lines.problem(new RowProblem(line, null, "the line is not UTF-8; save the file as UTF-8 CSV"));
            return;
        }
        String widthMismatch = header.widthMismatch(record);
        if (widthMismatch != null) {
            // An unclosed quote swallows the lines after it; say so rather than only "missing columns".
            lines.problem(new RowProblem(line, null, last == line ? widthMismatch : "a quote opened on this line is "
                    + "not closed, so lines " + line + " to " + last + " were read as one; " + widthMismatch));
            return;
        }
        EventText.Reading reading = text(header, record).read(PROVIDER);
        if (reading.event() == null) {
            reading.problems().forEach(p -> lines.problem(new RowProblem(line, p.field().csv(), p.reason())));
            return;
        }
        totals.add(reading.event());
    }

    private static EventText text(CsvHeader header, CsvRecord record) {
        return new EventText(
                header.value(record, EventField.TRACKING_NUMBER.csv()),
                header.value(record, EventField.CARRIER.csv()),
                header.value(record, EventField.PROVIDER.csv()),
                header.value(record, EventField.EVENT_ID.csv()),
                header.value(record, EventField.OCCURRED_AT.csv()),
                header.value(record, EventField.ZONE.csv()),
                header.value(record, EventField.COUNTRY.csv()),
                header.value(record, EventField.LOCATION.csv()),
                header.value(record, EventField.RAW_STATUS.csv()),
                header.value(record, EventField.DESCRIPTION.csv()),
                header.value(record, EventField.STATUS.csv()),
                header.value(record, EventField.SUB_STATUS.csv()),
                header.value(record, EventField.MILESTONE.csv()));
    }

    /** The lines of one import and their problems. */
    private static final class Lines {

        long rows;
        boolean fileRejected;
        final List<RowProblem> errors = new ArrayList<>();
        final Set<Long> rejected = new HashSet<>();

        void problem(RowProblem problem) {
            errors.add(problem);
            rejected.add(problem.line());
        }

        void rejectFile(String reason) {
            fileRejected = true;
            errors.add(new RowProblem(1, null, reason));
        }
    }
}
