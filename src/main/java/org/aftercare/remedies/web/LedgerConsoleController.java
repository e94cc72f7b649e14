package org.aftercare.remedies.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.aftercare.remedies.ledger.CostLedger;
import org.aftercare.remedies.ledger.Totals;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The cost ledger page: what delays cost per period (a chart per currency), per carrier and per
 * SKU, and the latest grants; the same numbers as the API and its CSV.
 */
@Controller
class LedgerConsoleController {

    /** Entries listed under the totals. */
    static final int LATEST = 50;

    private final CostLedger ledger;
    private final Shops shops;
    private final Clock clock;
    private final JsonMapper json;

    LedgerConsoleController(CostLedger ledger, Shops shops, JsonMapper json, Clock clock) {
        this.json = json;
        this.ledger = ledger;
        this.shops = shops;
        this.clock = clock;
    }

    @GetMapping("/offers/ledger")
    String ledger(Actor actor, @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                  @RequestParam(required = false) UUID shop, @RequestParam(required = false) CostLedger.Period period,
                  Model model) {
        LedgerQuery q = LedgerQuery.of(from, to, shop, CostLedger.By.PERIOD, period, clock);
        List<UUID> served = q.shops(actor, shops);
        Totals byPeriod = ledger.totals(actor.tenant(), served, q.from(), q.to(), CostLedger.By.PERIOD, q.period());
        model.addAttribute("query", q);
        model.addAttribute("shops", shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList());
        model.addAttribute("periods", CostLedger.Period.values());
        model.addAttribute("byPeriod", byPeriod.rows());
        model.addAttribute("byCarrier", ledger.totals(actor.tenant(), served, q.from(), q.to(), CostLedger.By.CARRIER,
                q.period()).rows());
        model.addAttribute("bySku", ledger.totals(actor.tenant(), served, q.from(), q.to(), CostLedger.By.SKU, q.period()).rows());
        model.addAttribute("grandTotals", grandTotals(byPeriod));
        model.addAttribute("entries", ledger.entries(actor.tenant(), served, q.from(), q.to(), LATEST));
        model.addAttribute("chartJson", chart(byPeriod));
        return "remedies/ledger";
    }

    /** The sum per currency over the whole span. */
    private static Map<String, Totals.Row> grandTotals(Totals byPeriod) {
        Map<String, Totals.Row> sums = new TreeMap<>();
        for (Totals.Row r : byPeriod.rows()) {
            String c = r.total().currency().getCurrencyCode();
            sums.merge(c, new Totals.Row(c, r.total(), r.offers()),
                    (a, b) -> new Totals.Row(c, a.total().plus(b.total()), a.offers() + b.offers()));
        }
        return sums;
    }

    /** {"periods": [...], "series": {"EUR": [..], "USD": [..]}} for the chart, one series per currency. */
    private String chart(Totals byPeriod) {
        TreeSet<String> periods = new TreeSet<>();
        Map<String, Map<String, String>> byCurrency = new TreeMap<>();
        for (Totals.Row r : byPeriod.rows()) {
            periods.add(r.key());
            byCurrency.computeIfAbsent(r.total().currency().getCurrencyCode(), c -> new TreeMap<>())
                    .put(r.key(), r.total().amount().toPlainString());
        }
        Map<String, List<String>> series = new TreeMap<>();
        byCurrency.forEach((c, values) -> series.put(c, periods.stream().map(p -> values.getOrDefault(p, "0")).toList()));
        return json.writeValueAsString(Map.of("periods", List.copyOf(periods), "series", series));
    }
}
