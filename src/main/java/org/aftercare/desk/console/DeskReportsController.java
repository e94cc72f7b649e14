package org.aftercare.desk.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.desk.DeskReports;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How the desk performs (first response, resolution, SLA attainment, satisfaction) per team,
 * market, agent or channel, and why buyers write per SKU and carrier, for a period of UTC days.
 */
@Controller
class DeskReportsController {

    private final DeskReports reports;
    private final Clock clock;

    DeskReportsController(DeskReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** One SKU or carrier with its tickets per intent, biggest first. */
    record ReasonGroup(String key, long tickets, List<DeskReports.ContactReasonRow> intents) {
    }

    @GetMapping("/desk/reports")
    String reports(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(defaultValue = "TEAM") DeskReports.Dimension by,
                   @RequestParam(defaultValue = "SKU") DeskReports.ReasonDimension reasons, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = date(from, today.minusDays(30));
        LocalDate end = date(to, today.plusDays(1));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("by", by);
        model.addAttribute("reasons", reasons);
        model.addAttribute("dimensions", DeskReports.Dimension.values());
        model.addAttribute("reasonDimensions", DeskReports.ReasonDimension.values());
        try {
            model.addAttribute("rows", reports.performance(actor, start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    end.atStartOfDay(ZoneOffset.UTC).toInstant(), by));
            Map<String, ReasonGroup> groups = new LinkedHashMap<>();
            for (var row : reports.contactReasons(actor, start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    end.atStartOfDay(ZoneOffset.UTC).toInstant(), reasons)) {
                groups.computeIfAbsent(row.key(), k -> new ReasonGroup(k, row.keyTickets(), new java.util.ArrayList<>()))
                        .intents().add(row);
            }
            model.addAttribute("reasonGroups", groups.values().stream().limit(20).toList());
        }
        catch (IllegalArgumentException badPeriod) {
            model.addAttribute("rows", List.of());
            model.addAttribute("reasonGroups", List.of());
            model.addAttribute("periodError", badPeriod.getMessage());
        }
        return "desk/reports";
    }

    private static LocalDate date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
