package org.aftercare.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The fonts of one document: Helvetica (regular, bold) for what WinAnsi can encode — all of English,
 * German, French, Italian and Spanish — and Droid Sans Fallback, embedded as a subset, for the rest
 * (Chinese, symbols). The fallback is only loaded when a document needs it.
 */
final class PdfFonts {

    private static final String FALLBACK = "/fonts/DroidSansFallbackFull.ttf";
    private static volatile byte[] fallbackBytes;

    private final PDDocument document;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDFont fallback;

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** A piece of text set in one font. */
    record Run(String text, PDFont font) {
    }

    /** Splits {@code text} into runs of Helvetica-encodable text and runs of everything else. */
    List<Run> runs(String text, boolean strong) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean latin = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                continue;
            }
            boolean isLatin = latin(cp);
            if (latin != null && isLatin != latin && !current.isEmpty()) {
                runs.add(new Run(current.toString(), latin ? (strong ? bold : regular) : fallback()));
                current.setLength(0);
            }
            latin = isLatin;
            current.appendCodePoint(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), latin ? (strong ? bold : regular) : fallback()));
        }
        return runs;
    }

    float width(String text, boolean strong, float size) {
        float width = 0;
        for (Run run : runs(text, strong)) {
            width += width(run, size);
        }
        return width;
    }

    static float width(Run run, float size) {
        try {
            return run.font().getStringWidth(run.text()) / 1000f * size;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean latin(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        if (codePoint > 0x2122) {
            return false;
        }
        String name = GlyphList.getAdobeGlyphList().codePointToName(codePoint);
        return !".notdef".equals(name) && WinAnsiEncoding.INSTANCE.contains(name);
    }

    private PDFont fallback() {
        if (fallback == null) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fallbackBytes()));
                fallback = PDType0Font.load(document, ttf, true);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }

    private static byte[] fallbackBytes() {
        if (fallbackBytes == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(FALLBACK)) {
                if (in == null) {
                    throw new IllegalStateException(FALLBACK + " is missing from the classpath");
                }
                fallbackBytes = in.readAllBytes();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallbackBytes;
    }
}
