package org.aftercare.shared.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pays PDFBox's one-off costs (its classes, the standard-font lookup, parsing the 4 MB CJK font) once
 * after start-up, on a background thread, so that the first trail or dossier a user asks for renders
 * as fast as every later one (≈ 0.5 s cold against ≈ 20 ms warm, BENCHMARKS.md).
 */
@Component
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread.ofVirtual().name("pdf-warm-up").start(() -> {
            try {
                long start = System.nanoTime();
                warmUp();
                log.debug("PDF fonts loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
            catch (RuntimeException e) {
                log.warn("PDF warm-up failed; the first document will load the fonts itself", e);
            }
        });
    }

    /** Renders a small document with Latin and Chinese text, a list and a table. */
    static byte[] warmUp() {
        return PdfReport.titled("Warm-up", Instant.EPOCH)
                .keyValues(Map.of("Order", "US-1", "Status", "已签收"))
                .table(List.of("Time", "Location"), List.of(List.of("2026-01-01 00:00", "深圳, CN")))
                .paragraph("Delivered · 已签收")
                .toBytes();
    }
}
