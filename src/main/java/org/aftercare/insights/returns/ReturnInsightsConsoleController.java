package org.aftercare.insights.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** The console's return insights page: SKUs by return rate with their reason mix, and the open feedback items. */
@Controller
class ReturnInsightsConsoleController {

    /** Without a range the page shows the sales of the last 90 days. */
    static final int DEFAULT_DAYS = 90;
    /** The chart shows the SKUs with the highest return rate, at most this many. */
    static final int CHART_SKUS = 15;
    private static final List<String> CHART_GROUPS = List.of("SIZE", "QUALITY", "COLOUR");

    private final ReturnRates rates;
    private final ReturnFeedbackStore feedback;
    private final JsonMapper json;
    private final Clock clock;

    ReturnInsightsConsoleController(ReturnRates rates, ReturnFeedbackStore feedback, JsonMapper json, Clock clock) {
        this.rates = rates;
        this.json = json;
        this.feedback = feedback;
        this.clock = clock;
    }

    @GetMapping("/insights/returns")
    String page(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String market, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ReturnRateQuery query = ReturnRateQuery.of(from == null ? today.minusDays(DEFAULT_DAYS - 1) : from,
                to == null ? today : to, "SKU", "month", market);
        List<String> markets = query.market() == null ? List.copyOf(actor.markets())
                : actor.serves(query.market()) ? List.of(query.market()) : List.of("--");
        model.addAttribute("query", query);
        List<ReturnRate> rows = rates.find(actor, query);
        model.addAttribute("rows", rows);
        model.addAttribute("chartJson", json.writeValueAsString(chart(rows)));
        model.addAttribute("feedback", feedback.find(actor.tenant(), List.of("OPEN", "ACKNOWLEDGED"), markets));
        return "insights/returns";
    }

    /** One bar of the chart: the SKU's return rate in percent, split by the reason groups' shares. */
    record ChartBar(String sku, double rate, Map<String, Double> groups) {
    }

    static List<ChartBar> chart(List<ReturnRate> rows) {
        return rows.stream().filter(r -> r.rate() != null && r.unitsReturned() > 0)
                .sorted(Comparator.comparing(ReturnRate::rate).reversed().thenComparing(ReturnRate::key))
                .limit(CHART_SKUS)
                .map(r -> {
                    Map<String, Double> groups = new LinkedHashMap<>();
                    CHART_GROUPS.forEach(g -> groups.put(g, percent(r.rate() * r.share(g))));
                    groups.put("OTHER", percent(r.rate() * r.otherShare()));
                    return new ChartBar(r.key(), percent(r.rate()), groups);
                }).toList();
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    @PostMapping("/insights/returns/feedback/{id}/acknowledge")
    String acknowledge(Actor actor, @PathVariable UUID id) {
        actor.requireWrite();
        feedback.advance(actor.tenant(), id, ReturnFeedback.Status.ACKNOWLEDGED, actor.name(), clock.instant());
        return "redirect:/insights/returns";
    }

    @PostMapping("/insights/returns/feedback/{id}/done")
    String done(Actor actor, @PathVariable UUID id) {
        actor.requireWrite();
        feedback.advance(actor.tenant(), id, ReturnFeedback.Status.DONE, actor.name(), clock.instant());
        return "redirect:/insights/returns";
    }
}
