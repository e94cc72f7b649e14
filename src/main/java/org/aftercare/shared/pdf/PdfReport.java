package org.aftercare.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A plain A4 document of headings, paragraphs, key/value lists and tables, written with PDFBox: the
 * tracking trail, case dossiers, the account-health record. Text may be in any of the buyer languages
 * (EN, DE, FR, IT, ES) and in Chinese: Latin text is set in Helvetica, anything Helvetica cannot show in
 * the embedded Droid Sans Fallback font (Apache 2.0, subset into the file only when used).
 *
 * <p>The same content and {@code createdAt} give the same bytes: the creation date and the file
 * identifier come from the data, not from the clock, so a dossier manifest can list its PDF's SHA-256.
 *
 * <pre>{@code
 * PdfReport.titled("Tracking trail", shipment.createdAt())
 *     .heading("Shipment LX123456789CN")
 *     .keyValues(Map.of("Carrier", "YunExpress"))
 *     .table(List.of("Time", "Zone", "Location", "Event"), rows)
 *     .writeTo(out);
 * }</pre>
 */
public final class PdfReport {

    sealed interface Block permits Heading, Paragraph, KeyValues, Table, Spacer, PageBreak {
    }

    record PageBreak() implements Block {
    }

    record Heading(String text, int level) implements Block {
    }

    record Paragraph(String text, boolean small) implements Block {
    }

    record KeyValues(List<Map.Entry<String, String>> entries) implements Block {
    }

    /** @param widths relative column widths (any positive numbers) */
    record Table(List<String> headers, List<List<String>> rows, float[] widths) implements Block {
    }

    record Spacer() implements Block {
    }

    private final String title;
    private final Instant createdAt;
    private final List<Block> blocks = new ArrayList<>();
    private String footer;

    private PdfReport(String title, Instant createdAt) {
        this.title = title == null ? "" : title;
        this.createdAt = createdAt;
    }

    /**
     * @param title     the document title (metadata, and the first heading)
     * @param createdAt the time of the data the document shows (not "now"), written as its creation date
     */
    public static PdfReport titled(String title, Instant createdAt) {
        PdfReport report = new PdfReport(title, createdAt);
        report.blocks.add(new Heading(report.title, 1));
        return report;
    }

    /** A section heading (level 2) or sub-heading (level 3). */
    public PdfReport heading(String text) {
        return heading(text, 2);
    }

    public PdfReport heading(String text, int level) {
        blocks.add(new Heading(text == null ? "" : text, Math.max(1, Math.min(level, 3))));
        return this;
    }

    /** Wrapped text; line breaks in {@code text} are kept. */
    public PdfReport paragraph(String text) {
        blocks.add(new Paragraph(text == null ? "" : text, false));
        return this;
    }

    /** Wrapped text in a smaller size (notes, sources). */
    public PdfReport note(String text) {
        blocks.add(new Paragraph(text == null ? "" : text, true));
        return this;
    }

    /** Labels and values in two columns, in the given order (pass a LinkedHashMap or {@code List.of(Map.entry…)}). */
    public PdfReport keyValues(Map<String, String> entries) {
        return keyValues(new ArrayList<>(entries.entrySet()));
    }

    public PdfReport keyValues(List<Map.Entry<String, String>> entries) {
        blocks.add(new KeyValues(List.copyOf(entries.stream()
                .map(e -> Map.entry(nonNull(e.getKey()), nonNull(e.getValue()))).toList())));
        return this;
    }

    /** A table with equal columns; its header is repeated on every page it spans. */
    public PdfReport table(List<String> headers, List<List<String>> rows) {
        float[] widths = new float[headers.size()];
        java.util.Arrays.fill(widths, 1f);
        return table(headers, rows, widths);
    }

    /** @param widths relative column widths, one per header */
    public PdfReport table(List<String> headers, List<List<String>> rows, float... widths) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("widths: " + widths.length + " widths for " + headers.size() + " columns");
        }
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("rows: a row has " + row.size() + " cells for " + headers.size() + " columns");
            }
        }
        blocks.add(new Table(List.copyOf(headers), rows.stream().map(r -> r.stream().map(PdfReport::nonNull).toList()).toList(),
                widths.clone()));
        return this;
    }

    /** Some vertical space. */
    public PdfReport space() {
        blocks.add(new Spacer());
        return this;
    }

    /** The next block starts on a new page. */
    public PdfReport pageBreak() {
        blocks.add(new PageBreak());
        return this;
    }

    /** A line at the foot of every page, beside the page number (e.g. "Order 5791… · generated by Aftercare"). */
    public PdfReport footer(String text) {
        this.footer = text;
        return this;
    }

    public void writeTo(OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            new PdfLayout(document, new PdfFonts(document), footer).render(blocks);
            describe(document);
            document.save(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    /** Metadata and file identifier from the content, so that the bytes do not depend on when they were written. */
    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Aftercare");
        if (createdAt != null) {
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(createdAt.toEpochMilli());
            info.setCreationDate(created);
            info.setModificationDate(created);
        }
        byte[] id = contentId();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private byte[] contentId() {
        try {
            var md5 = java.security.MessageDigest.getInstance("MD5");
            md5.update(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md5.update(String.valueOf(createdAt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Block block : blocks) {
                String text = block instanceof Table t ? t.headers() + "|" + t.rows() + "|" + java.util.Arrays.toString(t.widths())
                        : block.toString();
                md5.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            md5.update(String.valueOf(footer).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return md5.digest();
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
