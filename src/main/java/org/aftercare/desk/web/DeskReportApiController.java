package org.aftercare.desk.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.aftercare.desk.DeskReports;
import org.aftercare.tenancy.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/desk/reports")
@Tag(name = "Desk reports", description = "Response and resolution times, SLA attainment, contact reasons")
class DeskReportApiController {

    private final DeskReports reports;

    DeskReportApiController(DeskReports reports) {
        this.reports = reports;
    }

    @GetMapping("/performance")
    @Operation(summary = "First-response and resolution times and SLA attainment per team, market, agent or channel",
            description = "from and to are ISO dates (UTC, to exclusive); tickets count in the period they were created. "
                    + "format=csv for a file.")
    ResponseEntity<?> performance(Actor actor, @RequestParam LocalDate from, @RequestParam LocalDate to,
                                  @RequestParam(defaultValue = "TEAM") DeskReports.Dimension by,
                                  @RequestParam(defaultValue = "json") String format) {
        var rows = reports.performance(actor, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant(), by);
        if (!"csv".equals(format)) {
            return ResponseEntity.ok(rows);
        }
        return csv("desk-performance-" + by.name().toLowerCase(Locale.ROOT) + "-" + from + "-" + to + ".csv",
                List.of("key", "label", "tickets", "replied", "resolved", "first_response_minutes_p50",
                        "first_response_minutes_p90", "resolution_hours_p50", "resolution_hours_p90", "first_response_sla",
                        "resolution_sla", "platform_sla", "escalated", "reopened", "satisfaction", "surveys_answered"),
                rows.stream().map(r -> List.of(r.key(), r.label(), n(r.tickets()), n(r.replied()), n(r.resolved()),
                        n(r.firstResponseMinutesP50()), n(r.firstResponseMinutesP90()), n(r.resolutionHoursP50()),
                        n(r.resolutionHoursP90()), n(r.firstResponseSla()), n(r.resolutionSla()), n(r.platformSla()),
                        n(r.escalated()), n(r.reopened()), n(r.satisfaction()), n(r.surveysAnswered()))).toList());
    }

    @GetMapping("/contact-reasons")
    @Operation(summary = "Why buyers write, per SKU or carrier (the 50 most contacted)",
            description = "Each row: a SKU or carrier, an intent, its tickets and share of that key's tickets. format=csv for a file.")
    ResponseEntity<?> contactReasons(Actor actor, @RequestParam LocalDate from, @RequestParam LocalDate to,
                                     @RequestParam(defaultValue = "SKU") DeskReports.ReasonDimension by,
                                     @RequestParam(defaultValue = "json") String format) {
        var rows = reports.contactReasons(actor, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant(), by);
        if (!"csv".equals(format)) {
            return ResponseEntity.ok(rows);
        }
        return csv("desk-contact-reasons-" + by.name().toLowerCase(Locale.ROOT) + "-" + from + "-" + to + ".csv",
                List.of("key", "intent", "tickets", "share", "key_tickets"),
                rows.stream().map(r -> List.of(r.key(), r.intent().name(), n(r.tickets()), n(r.share()),
                        n(r.keyTickets()))).toList());
    }

    private static ResponseEntity<String> csv(String file, List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(header);
            rows.forEach(csv::writeRecord);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(out.toString());
    }

    private static String n(Object value) {
        return value == null ? "" : value.toString();
    }
}
