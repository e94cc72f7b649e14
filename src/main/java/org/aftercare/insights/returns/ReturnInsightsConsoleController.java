package org.aftercare.insights.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's return insights page: SKUs by return rate with their reason mix, and the open feedback items. */
@Controller
class ReturnInsightsConsoleController {

    /** Without a range the page shows the sales of the last 90 days. */
    static final int DEFAULT_DAYS = 90;

    private final ReturnRates rates;
    private final ReturnFeedbackStore feedback;
    private final Clock clock;

    ReturnInsightsConsoleController(ReturnRates rates, ReturnFeedbackStore feedback, Clock clock) {
        this.rates = rates;
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
        model.addAttribute("rows", rates.find(actor, query));
        model.addAttribute("feedback", feedback.find(actor.tenant(), List.of("OPEN", "ACKNOWLEDGED"), markets));
        return "insights/returns";
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
