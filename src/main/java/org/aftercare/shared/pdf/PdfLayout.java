package org.aftercare.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Sets a report's blocks on A4 pages: wraps text, breaks pages, repeats table headers, numbers pages. */
final class PdfLayout {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float SMALL = 8;
    private static final float CELL = 8.5f;
    private static final float LEADING = 1.3f;
    private static final float PAD = 3;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final String footer;
    private final float width = PAGE.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    PdfLayout(PDDocument document, PdfFonts fonts, String footer) {
        this.document = document;
        this.fonts = fonts;
        this.footer = footer;
    }

    void render(List<PdfReport.Block> blocks) throws IOException {
        newPage();
        for (PdfReport.Block block : blocks) {
            switch (block) {
                case PdfReport.Heading h -> heading(h);
                case PdfReport.Paragraph p -> paragraph(p.text(), p.small() ? SMALL : BODY);
                case PdfReport.KeyValues kv -> keyValues(kv.entries());
                case PdfReport.Table t -> table(t);
                case PdfReport.Spacer s -> y -= BODY;
                case PdfReport.PageBreak b -> newPage();
            }
        }
        content.close();
        numberPages();
    }

    private void heading(PdfReport.Heading h) throws IOException {
        float size = switch (h.level()) {
            case 1 -> 18;
            case 2 -> 14;
            default -> 12;
        };
        List<String> lines = wrap(h.text(), true, size, width);
        // keep a heading with at least three lines of what follows it
        ensure(size * 0.6f + lines.size() * size * LEADING + 3 * BODY * LEADING);
        y -= size * 0.6f;
        for (String line : lines) {
            y -= size * LEADING;
            text(line, true, size, MARGIN, y);
        }
        y -= size * 0.3f;
    }

    private void paragraph(String text, float size) throws IOException {
        for (String line : wrap(text, false, size, width)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            text(line, false, size, MARGIN, y);
        }
        y -= size * 0.5f;
    }

    private void keyValues(List<Map.Entry<String, String>> entries) throws IOException {
        float keyWidth = width * 0.3f;
        float valueWidth = width - keyWidth - 8;
        for (Map.Entry<String, String> entry : entries) {
            List<String> keys = wrap(entry.getKey(), true, BODY, keyWidth);
            List<String> values = wrap(entry.getValue(), false, BODY, valueWidth);
            int lines = Math.max(keys.size(), values.size());
            ensure(lines * BODY * LEADING);
            float top = y;
            for (int i = 0; i < lines; i++) {
                y -= BODY * LEADING;
                if (i < keys.size()) {
                    text(keys.get(i), true, BODY, MARGIN, y);
                }
                if (i < values.size()) {
                    text(values.get(i), false, BODY, MARGIN + keyWidth + 8, y);
                }
            }
            y = Math.min(y, top - lines * BODY * LEADING);
        }
        y -= BODY * 0.5f;
    }

    private void table(PdfReport.Table table) throws IOException {
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        float[] columns = new float[table.widths().length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = width * table.widths()[i] / total;
        }
        List<List<String>> header = cells(table.headers(), columns, true);
        ensure(height(header) + CELL * LEADING * 2);
        row(header, columns, true);
        for (List<String> cellsOfRow : table.rows()) {
            List<List<String>> row = cells(cellsOfRow, columns, false);
            if (y - height(row) < MARGIN) {
                newPage();
                row(header, columns, true);
            }
            row(row, columns, false);
        }
        y -= BODY * 0.8f;
    }

    private List<List<String>> cells(List<String> texts, float[] columns, boolean strong) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            cells.add(wrap(texts.get(i), strong, CELL, columns[i] - 2 * PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * CELL * LEADING + 2 * PAD;
    }

    private void row(List<List<String>> cells, float[] columns, boolean header) throws IOException {
        float height = height(cells);
        float x = MARGIN;
        if (header) {
            content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            content.addRect(MARGIN, y - height, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        content.setLineWidth(0.4f);
        for (int c = 0; c < columns.length; c++) {
            content.addRect(x, y - height, columns[c], height);
            float lineY = y - PAD;
            for (String line : cells.get(c)) {
                lineY -= CELL * LEADING;
                text(line, header, CELL, x + PAD, lineY + CELL * 0.25f);
            }
            x += columns[c];
        }
        content.stroke();
        y -= height;
    }

    private void text(String line, boolean strong, float size, float x, float baseline) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : fonts.runs(line, strong)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void numberPages() throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content = foot;
                String number = (i + 1) + " / " + count;
                text(number, false, SMALL, PAGE.getWidth() - MARGIN - fonts.width(number, false, SMALL), MARGIN / 2);
                if (footer != null && !footer.isBlank()) {
                    List<String> lines = wrap(footer, false, SMALL, width - 60);
                    text(lines.getFirst(), false, SMALL, MARGIN, MARGIN / 2);
                }
            }
        }
    }

    /** Greedy line breaking: between words for Latin text, between any two characters for Chinese. */
    List<String> wrap(String text, boolean strong, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String token : tokens(paragraph)) {
                float tokenWidth = fonts.width(token, strong, size);
                if (lineWidth + tokenWidth > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lineWidth = 0;
                    token = token.stripLeading();
                    tokenWidth = fonts.width(token, strong, size);
                }
                if (tokenWidth > maxWidth) {
                    // a word wider than the column (a long tracking URL): broken by characters
                    for (int i = 0; i < token.length(); ) {
                        int cp = token.codePointAt(i);
                        String ch = new String(Character.toChars(cp));
                        float w = fonts.width(ch, strong, size);
                        if (lineWidth + w > maxWidth && !line.isEmpty()) {
                            lines.add(line.toString());
                            line.setLength(0);
                            lineWidth = 0;
                        }
                        line.append(ch);
                        lineWidth += w;
                        i += Character.charCount(cp);
                    }
                }
                else {
                    line.append(token);
                    lineWidth += tokenWidth;
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Words with their trailing spaces; each Chinese (non-Latin) character alone. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!PdfFonts.latin(cp)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            }
            else {
                word.appendCodePoint(cp);
                if (cp == ' ') {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
