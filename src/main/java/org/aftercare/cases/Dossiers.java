package org.aftercare.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Service;

/**
 * A case's dossier: one ZIP, streamed, with the PDF summary, every original file of the case, a
 * manifest (name, kind, SHA-256, size, captured at, source) and a {@code SHA256SUMS} file that
 * {@code sha256sum -c} verifies after unzipping. The manifest is a function of the items alone — same
 * items, same manifest bytes — and each file's bytes are checked against their SHA-256 while they are
 * streamed (a changed file stops the download).
 */
@Service
public class Dossiers {

    /** Media that are compressed already: stored as they are, which keeps a 200 MB dossier fast. */
    private static final List<String> COMPRESSED = List.of("image/", "video/", "audio/", "application/pdf",
            "application/zip", "application/x-7z", "application/gzip");

    private final Cases cases;
    private final DossierSummary summary;
    private final EvidenceArchive archive;

    Dossiers(Cases cases, DossierSummary summary, EvidenceArchive archive) {
        this.cases = cases;
        this.summary = summary;
        this.archive = archive;
    }

    /** One line of the manifest: a file of the ZIP. */
    public record Entry(String name, EvidenceItem item) {
    }

    /** The entries of the case's ZIP, in a stable order. */
    public List<Entry> entries(Actor actor, CaseId id) {
        return entries(cases.evidence(actor, cases.get(actor, id)));
    }

    static List<Entry> entries(List<EvidenceItem> items) {
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (EvidenceItem item : items) {
            n++;
            entries.add(new Entry("files/%03d-%s-%s".formatted(n, item.kind().name().toLowerCase(Locale.ROOT),
                    safe(item.fileName())), item));
        }
        return entries;
    }

    /** manifest.csv: a header and a line per file, RFC 4180 quoting; UTF-8, LF. */
    static byte[] manifest(List<Entry> entries) {
        StringBuilder csv = new StringBuilder("name,kind,sha256,size,captured_at,source,original_name,media_type\n");
        for (Entry e : entries) {
            EvidenceItem i = e.item();
            csv.append(String.join(",", quote(e.name()), i.kind().name(), i.sha256(), Long.toString(i.size()),
                    i.capturedAt().toString(), quote(i.source()), quote(i.fileName()), quote(i.mediaType()))).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** SHA256SUMS in the format {@code sha256sum} writes and checks: hash, two spaces, name. */
    static byte[] sums(List<Entry> entries) {
        StringBuilder sums = new StringBuilder();
        for (Entry e : entries) {
            sums.append(e.item().sha256()).append("  ").append(e.name()).append('\n');
        }
        return sums.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] manifest(Actor actor, CaseId id) {
        return manifest(entries(actor, id));
    }

    /** Writes the dossier ZIP to {@code out}, file by file, without holding a file in memory. */
    public void writeZip(Actor actor, CaseId id, String language, OutputStream out) {
        Case c = cases.get(actor, id);
        List<Entry> entries = entries(cases.evidence(actor, c));
        Instant stamp = c.openedAt();
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "manifest.csv", manifest(entries), stamp);
            put(zip, "SHA256SUMS", sums(entries), stamp);
            put(zip, "summary-" + language + ".pdf", summary.pdf(actor, c, entries, language), stamp);
            for (Entry e : entries) {
                boolean compressed = COMPRESSED.stream().anyMatch(e.item().mediaType()::startsWith);
                zip.setLevel(compressed ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
                zip.putNextEntry(entry(e.name(), e.item().capturedAt()));
                archive.copyContent(actor, e.item().id(), new NonClosing(zip));
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.event(actor, id, "DOSSIER", entries.size() + " file(s)");
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, Instant at) throws IOException {
        zip.putNextEntry(entry(name, at));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static ZipEntry entry(String name, Instant at) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(at));
        return entry;
    }

    /** A name any unzip and {@code sha256sum} take: letters, digits, dot, dash and underscore. */
    static String safe(String fileName) {
        String s = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s.length() > 120 ? s.substring(s.length() - 120) : s;
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("[^\",\\n\\r]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Lets the archive close what it was given without closing the ZIP. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
