package org.aftercare.insights.carriers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Carrier scorecards", description = "How each carrier serves each destination, per month or ISO week")
class ScorecardApiController {

    private final CarrierScorecards scorecards;

    ScorecardApiController(CarrierScorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping(path = "/api/v1/carrier-scorecards", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Carrier scorecards",
            description = "One row per carrier × destination × period (month or week, UTC) overlapping from..to, for one "
                    + "shop or all shops: volume, p50/p90 of pickup lag, export and import customs dwell, line-haul and "
                    + "last mile (hours) and door-to-door transit (days), on-time, exception, loss and returned rates, "
                    + "alerts per 1,000 parcels. Refreshed within minutes of tracking updates (computedAt).")
    List<CarrierScorecard> json(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "month") String period,
                                @RequestParam(required = false) String destination,
                                @RequestParam(required = false) UUID shop) {
        return scorecards.find(actor, query(from, to, period, destination, shop));
    }

    @GetMapping(path = "/api/v1/carrier-scorecards.csv", produces = "text/csv")
    @Operation(summary = "Carrier scorecards as CSV", description = "The same rows and filters as the JSON, one line each.")
    ResponseEntity<String> csv(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "month") String period,
                               @RequestParam(required = false) String destination,
                               @RequestParam(required = false) UUID shop) {
        ScorecardQuery query = query(from, to, period, destination, shop);
        String name = "carrier-scorecards-%s-%s%s.csv".formatted(from, to,
                query.destination() == null ? "" : "-" + query.destination());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(ScorecardCsv.write(scorecards.find(actor, query)));
    }

    static ScorecardQuery query(LocalDate from, LocalDate to, String period, String destination, UUID shop) {
        return new ScorecardQuery(from, to, Period.parse(period), destination, shop == null ? null : new ShopId(shop));
    }
}
