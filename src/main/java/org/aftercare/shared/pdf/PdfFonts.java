package org.aftercare.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
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
    private static CmapLookup sharedCmap;
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
            if (!isLatin && !fallbackHas(cp)) {
                // neither font can show it (an emoji, an arrow): an ASCII stand-in rather than a failed document
                String standIn = standIn(cp);
                if (latin != null && !latin && !current.isEmpty()) {
                    runs.add(new Run(current.toString(), fallback()));
                    current.setLength(0);
                }
                latin = true;
                current.append(standIn);
                continue;
            }
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

    /** Whether the fallback font has a glyph, asked of one parsed copy shared by all documents. */
    private static boolean fallbackHas(int codePoint) {
        synchronized (PdfFonts.class) {
            if (sharedCmap == null) {
                try {
                    sharedCmap = new TTFParser().parse(new RandomAccessReadBuffer(fallbackBytes())).getUnicodeCmapLookup();
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return sharedCmap.getGlyphId(codePoint) > 0;
        }
    }

    static String standIn(int codePoint) {
        return switch (codePoint) {
            case 0x2192, 0x27F6 -> "->";
            case 0x2190, 0x27F5 -> "<-";
            case 0x2264 -> "<=";
            case 0x2265 -> ">=";
            case 0x2713, 0x2714, 0x2705 -> "v";
            default -> "?";
        };
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
