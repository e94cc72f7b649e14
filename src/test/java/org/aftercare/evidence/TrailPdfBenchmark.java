package org.aftercare.evidence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.evidence.generate.TrailPdf;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.TimelineEvent;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The tracking-trail PDF of a shipment with 200 events (target ≤ 300 ms): rendered from the shipment and
 * its timeline as {@code Generator} does, once with Latin-only locations and once with Chinese origin
 * scans (which embeds the CJK font subset). Run by bench/evidence.sh.
 */
@Tag("bench")
class TrailPdfBenchmark {

    static final int EVENTS = 200;
    static final int WARM_UP = 30;
    static final int RUNS = 100;

    @Test
    void trailOf200Events() {
        System.out.println("=== Evidence trail PDF benchmark ===");
        if (Boolean.getBoolean("bench.warmUp")) {
            long start = System.nanoTime();
            org.aftercare.shared.pdf.PdfWarmUpAccess.warmUp();
            System.out.printf("start-up warm-up (as the application does after start, in the background): %.1f ms%n",
                    (System.nanoTime() - start) / 1e6);
        }
        measure("Latin locations", timeline(false));
        measure("Chinese origin scans", timeline(true));
        System.out.println("reproduce: bench/evidence.sh");
    }

    private static void measure(String label, List<TimelineEvent> events) {
        ShipmentSnapshot shipment = new ShipmentSnapshot(new ShipmentId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ShopId(UUID.randomUUID()), "YT2412345678901234", "YUNEXPRESS", "USPS", "CN", "US",
                ZoneId.of("America/New_York"), events.getFirst().occurredAt(), false, TrackingStatus.Delivered, null,
                events.getLast().occurredAt(), "Brooklyn, NY, US", Map.of(Milestone.DELIVERED, events.getLast().occurredAt()),
                LocalDate.of(2026, 11, 30));
        long first = System.nanoTime();
        byte[] pdf = TrailPdf.render("US-1000234", shipment, events);
        double coldMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            TrailPdf.render("US-1000234", shipment, events);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            TrailPdf.render("US-1000234", shipment, events);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: %d events, %d bytes, %s pages | first %.1f ms | warm p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                label, events.size(), pdf.length, pages(pdf), coldMs, ms[RUNS / 2], ms[RUNS * 9 / 10], ms[RUNS - 1]);
    }

    private static int pages(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<TimelineEvent> timeline(boolean chinese) {
        List<TimelineEvent> events = new ArrayList<>();
        Instant at = Instant.parse("2026-11-10T02:00:00Z");
        for (int i = 0; i < EVENTS; i++) {
            boolean origin = i < EVENTS / 3;
            String zone = origin ? "Asia/Shanghai" : i < EVENTS * 2 / 3 ? "Europe/Amsterdam" : "America/New_York";
            String location = origin ? (chinese ? "深圳市 宝安区 转运中心 " + i : "Shenzhen sorting centre " + i)
                    : i < EVENTS * 2 / 3 ? "Amsterdam hub, NL " + i : "Jamaica, NY distribution centre " + i;
            events.add(new TimelineEvent("17track", "ev-" + i, at, zone, location, "SCAN_" + i,
                    origin && chinese ? "快件已到达 " + location : "Parcel processed at " + location + ", moving to the next facility",
                    TrackingStatus.InTransit, null, null, at.plusSeconds(60), false));
            at = at.plus(Duration.ofMinutes(95));
        }
        return events;
    }

}
