package org.aftercare.insights.carriers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The console's insights page: carriers compared side by side for one destination — a table and
 * charts (static/js/insights.js draws them from the rows the page carries in a data attribute).
 */
@Controller
class ScorecardConsoleController {

    /** Without a range the page shows the current month and the two before it. */
    static final int DEFAULT_MONTHS = 3;

    private final CarrierScorecards scorecards;
    private final Shops shops;
    private final JsonMapper json;
    private final Clock clock;

    ScorecardConsoleController(CarrierScorecards scorecards, Shops shops, JsonMapper json, Clock clock) {
        this.scorecards = scorecards;
        this.shops = shops;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String carriers(Actor actor, @RequestParam(required = false) String destination,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "month") String period,
                    @RequestParam(required = false) UUID shop, Model model) {
        List<Shop> visibleShops = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
        List<String> destinations = scorecards.destinations(actor);
        String chosen = destination != null && !destination.isBlank() ? destination
                : destinations.isEmpty() ? (visibleShops.isEmpty() ? null : visibleShops.getFirst().market())
                : destinations.getFirst();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ScorecardQuery query = ScorecardApiController.query(
                from == null ? today.withDayOfMonth(1).minusMonths(DEFAULT_MONTHS - 1) : from,
                to == null ? today : to, period, chosen, shop);
        List<CarrierScorecard> rows = chosen == null ? List.of() : scorecards.find(actor, query);
        model.addAttribute("query", query);
        model.addAttribute("destinations", destinations);
        model.addAttribute("shops", visibleShops);
        model.addAttribute("rows", rows);
        model.addAttribute("rowsJson", json.writeValueAsString(rows));
        return "insights/carriers";
    }

    @GetMapping("/insights/carrier-scorecards.csv")
    ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) String destination,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "month") String period,
                               @RequestParam(required = false) UUID shop) {
        ScorecardQuery query = ScorecardApiController.query(from, to, period, destination, shop);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"carrier-scorecards.csv\"")
                .body(ScorecardCsv.write(scorecards.find(actor, query)));
    }
}
