package org.aftercare.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTests {

    private static final Instant DATA_TIME = Instant.parse("2026-11-20T08:15:00Z");

    @Test
    void writesTextInEveryBuyerLanguageAndChinese() throws IOException {
        Map<String, String> greetings = new LinkedHashMap<>();
        greetings.put("EN", "Your parcel is on its way");
        greetings.put("DE", "Ihr Paket ist unterwegs, Größe über 5 €");
        greetings.put("FR", "Votre colis est en route, reçu à l'entrepôt");
        greetings.put("IT", "Il suo pacco è in viaggio, perché già spedito");
        greetings.put("ES", "¿Su paquete está en camino? Sí, señora");
        greetings.put("ZH", "您的包裹正在运输途中，深圳转运中心");

        byte[] pdf = PdfReport.titled("Tracking trail 物流轨迹", DATA_TIME)
                .heading("Languages")
                .keyValues(greetings)
                .paragraph("Mixed: parcel 包裹 LX123456789CN arrived at 深圳 hub.")
                .table(List.of("Time", "Location"), List.of(List.of("2026-11-20 08:15", "Shenzhen 深圳")), 1, 2)
                .toBytes();

        String text = text(pdf);
        greetings.values().forEach(g -> assertThat(text).contains(g));
        assertThat(text).contains("Tracking trail 物流轨迹", "parcel 包裹 LX123456789CN arrived at 深圳 hub.", "Shenzhen 深圳");
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        byte[] first = sample().toBytes();
        byte[] second = sample().toBytes();
        assertThat(first).isEqualTo(second);
        assertThat(PdfReport.titled("Other", DATA_TIME).toBytes()).isNotEqualTo(first);
    }

    @Test
    void longTablesContinueOnNewPagesWithTheirHeader() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("event " + i, "Leipzig hub, a location name long enough to wrap inside its narrow column " + i));
        }
        byte[] pdf = PdfReport.titled("Long", DATA_TIME).table(List.of("Event", "Location"), rows, 1, 1).toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        String text = text(pdf);
        assertThat(text).contains("event 0", "event 199");
        assertThat(text.split("Location", -1).length - 1).as("header repeated per page").isGreaterThan(3);
    }

    @Test
    void charactersNoFontHasGetAStandInInsteadOfFailingTheDocument() throws IOException {
        byte[] pdf = PdfReport.titled("Buyer", DATA_TIME).paragraph("Thanks 👍 CN → US").toBytes();
        assertThat(text(pdf)).contains("Thanks ? CN -> US");
    }

    @Test
    void aPageBreakStartsANewPage() throws IOException {
        byte[] pdf = PdfReport.titled("Two pages", DATA_TIME).paragraph("one").pageBreak().paragraph("two").toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> PdfReport.titled("T", DATA_TIME).table(List.of("A", "B"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rows:");
    }

    private static PdfReport sample() {
        return PdfReport.titled("Dossier 案件", DATA_TIME)
                .heading("Facts").paragraph("The parcel was lost in transit. 包裹丢失。")
                .table(List.of("A", "B"), List.of(List.of("1", "2")))
                .footer("Order 1001");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }
}
