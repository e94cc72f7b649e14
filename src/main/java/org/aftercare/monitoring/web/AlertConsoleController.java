package org.aftercare.monitoring.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.monitoring.AlertFilter;
import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertPage;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.AlertStatus;
import org.aftercare.monitoring.Alerts;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alert board an operations agent works from all day: counts per rule, filters, the alerts
 * most severe and oldest first, bulk acknowledge and resolve with a note. Actions sent by htmx
 * answer with the board again, filtered as the page the agent is on; without htmx they redirect.
 */
@Controller
class AlertConsoleController {

    /** Age filter choices: raised longer ago than this. */
    static final List<String> AGES = List.of("PT24H", "PT48H", "P3D", "P7D");

    private final Alerts alerts;
    private final Shops shops;
    private final Clock clock;

    AlertConsoleController(Alerts alerts, Shops shops, Clock clock) {
        this.alerts = alerts;
        this.shops = shops;
        this.clock = clock;
    }

    record RuleChip(AlertRule rule, int count, boolean selected) {
    }

    @GetMapping("/alerts")
    String board(Actor actor, AlertQuery query, Model model) {
        return render(actor, query, model);
    }

    @PostMapping("/alerts/acknowledge")
    String acknowledge(Actor actor, @RequestParam(name = "ids", required = false) List<UUID> ids,
                       @RequestParam(required = false) String back,
                       @RequestHeader(name = "HX-Current-URL", required = false) String currentUrl, Model model) {
        int changed = ids == null || ids.isEmpty() ? 0 : alerts.acknowledge(actor, ids.stream().map(AlertId::new).toList());
        model.addAttribute("acknowledged", changed);
        return answer(actor, currentUrl, back, model);
    }

    @PostMapping("/alerts/{id}/resolve")
    String resolve(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String resolution,
                   @RequestParam(required = false) String back,
                   @RequestHeader(name = "HX-Current-URL", required = false) String currentUrl, Model model) {
        if (resolution == null || resolution.isBlank()) {
            model.addAttribute("actionError", "alerts.error.resolutionRequired");
        }
        else {
            try {
                alerts.resolve(actor, new AlertId(id), resolution.strip());
                model.addAttribute("resolved", true);
            }
            catch (IllegalArgumentException alreadyResolved) {
                model.addAttribute("actionError", "alerts.error.alreadyResolved");
            }
        }
        return answer(actor, currentUrl, back, model);
    }

    @PostMapping("/alerts/{id}/notes")
    String note(Actor actor, @PathVariable UUID id, @RequestParam String note, @RequestParam(required = false) String back) {
        if (note.isBlank()) {
            throw new IllegalArgumentException("note: write something");
        }
        alerts.note(actor, new AlertId(id), note.strip());
        return "redirect:" + safe(back);
    }

    /** An htmx request gets the board to swap in; a plain form post goes back where it came from. */
    private String answer(Actor actor, String currentUrl, String back, Model model) {
        if (currentUrl == null) {
            return "redirect:" + safe(back);
        }
        return render(actor, AlertQuery.fromUrl(currentUrl), model);
    }

    private String render(Actor actor, AlertQuery query, Model model) {
        Instant now = clock.instant();
        AlertFilter filter;
        try {
            filter = query.toFilter();
        }
        catch (IllegalArgumentException badFilter) {
            model.addAttribute("filterError", badFilter.getMessage());
            query = AlertQuery.none();
            filter = query.toFilter();
        }
        AlertPage page = alerts.page(actor, filter);
        Map<AlertRule, Integer> counts = alerts.countsByRule(actor);
        AlertRule selected = filter.rule();
        model.addAttribute("query", query);
        model.addAttribute("chips", Arrays.stream(AlertRule.values())
                .map(r -> new RuleChip(r, counts.getOrDefault(r, 0), r == selected)).toList());
        model.addAttribute("openTotal", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("page", page);
        model.addAttribute("rows", page.alerts().stream().map(a -> AlertRow.of(a, now)).toList());
        model.addAttribute("shops", visibleShops(actor));
        model.addAttribute("rules", AlertRule.values());
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("ages", AGES);
        model.addAttribute("canWrite", actor.role().canWrite());
        return "monitoring/board";
    }

    private List<Shop> visibleShops(Actor actor) {
        return shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
    }

    /** Only a path of this console, never another site. */
    static String safe(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/alerts";
    }
}
