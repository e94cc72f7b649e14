package org.aftercare.returns.warehouse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refund cash flow (R7): per UTC day and currency what was queued, paid and still pending,
 * as a table and a stacked bar chart; below, the refunds still queued, which a manager marks
 * paid under the platform's refund reference (the same reference twice changes nothing).
 */
@Controller
class RefundsConsoleController {

    /** The period shown when none is asked for: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;

    private final Refunds refunds;
    private final JsonMapper json;
    private final Clock clock;

    RefundsConsoleController(Refunds refunds, JsonMapper json, Clock clock) {
        this.refunds = refunds;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/returns/refunds")
    String page(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String currency, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
        String wanted = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase();
        List<Refunds.CashFlowDay> days = List.of();
        try {
            days = refunds.cashFlow(actor, first, last);
        }
        catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        List<Refunds.Refund> queued = refunds.list(actor, "QUEUED", null, null);
        TreeSet<String> currencies = new TreeSet<>();
        days.forEach(d -> currencies.add(d.currency()));
        queued.forEach(r -> currencies.add(r.amount().currency().getCurrencyCode()));
        List<Refunds.CashFlowDay> shown = days.stream().filter(d -> wanted == null || d.currency().equals(wanted)).toList();
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("currency", wanted);
        model.addAttribute("currencies", currencies);
        model.addAttribute("days", shown);
        model.addAttribute("daysJson", json.writeValueAsString(shown));
        model.addAttribute("queued", queued.stream()
                .filter(r -> wanted == null || r.amount().currency().getCurrencyCode().equals(wanted)).toList());
        model.addAttribute("canManage", actor.role().canManage());
        return "returns/refunds";
    }

    @PostMapping("/returns/refunds/{id}/paid")
    String paid(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String platformReference,
                @RequestParam(required = false) String back, RedirectAttributes redirect) {
        actor.requireManage();
        try {
            Refunds.Refund refund = refunds.paid(actor, id, platformReference);
            // the session store keeps flash attributes serialized: plain strings
            redirect.addFlashAttribute("paidAmount", refund.amount().amount().toPlainString() + " "
                    + refund.amount().currency().getCurrencyCode());
            redirect.addFlashAttribute("paidReference", refund.platformReference());
        }
        catch (IllegalArgumentException | NotFound | ReceivingConflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        // back: the page's own address with its filters; anything else returns to the plain page
        return "redirect:" + (back != null && back.startsWith("/returns/refunds") ? back : "/returns/refunds");
    }

    /** Marking a refund paid is a manager's act: anyone else gets the console's 403 page. */
    @ExceptionHandler(NotPermitted.class)
    void notPermitted(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
