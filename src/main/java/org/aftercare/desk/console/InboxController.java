package org.aftercare.desk.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Intent;
import org.aftercare.desk.TicketFilter;
import org.aftercare.desk.TicketPage;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.Teams;
import org.aftercare.desk.Tickets;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox an agent works from: open tickets most urgent SLA first, counts per status, filters,
 * and the agent's own shift toggle. The list refreshes itself when a ticket changes (desk.js
 * listens to {@code /desk/events} and asks this page again for its {@code #inbox-list}).
 */
@Controller
class InboxController {

    /** Statuses an agent works on; solved and closed ones are reached through the status filter. */
    static final List<TicketStatus> OPEN = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen).toList();
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "zh", "und");

    private final Tickets tickets;
    private final Teams teams;
    private final Shops shops;
    private final Clock clock;

    InboxController(Tickets tickets, Teams teams, Shops shops, Clock clock) {
        this.tickets = tickets;
        this.teams = teams;
        this.shops = shops;
        this.clock = clock;
    }

    record StatusCount(TicketStatus status, long count, boolean selected) {
    }

    @GetMapping("/desk")
    String inbox(Actor actor, InboxQuery query, Model model) {
        Instant now = clock.instant();
        TicketFilter filter;
        try {
            filter = query.toFilter(actor);
        }
        catch (IllegalArgumentException badFilter) {
            model.addAttribute("filterError", badFilter.getMessage());
            query = InboxQuery.none();
            filter = query.toFilter(actor);
        }
        TicketPage page = tickets.inboxCounted(actor, filter);
        Map<TicketStatus, Long> counts = tickets.openCounts(actor);
        InboxQuery q = query;
        model.addAttribute("query", query);
        model.addAttribute("page", page);
        model.addAttribute("lines", page.tickets().stream().map(t -> TicketLine.of(t, now)).toList());
        model.addAttribute("counts", OPEN.stream()
                .map(s -> new StatusCount(s, counts.getOrDefault(s, 0L), q.is(q.status(), s))).toList());
        model.addAttribute("openTotal", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("hasNext", page.hasMore());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("markets", markets(actor));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("intents", Intent.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("onShift", onShift(actor));
        model.addAttribute("canWrite", actor.role().canWrite());
        return "desk/inbox";
    }

    /** The agent starts or ends their own shift; an htmx request gets the toggle back. */
    @PostMapping("/desk/shift")
    String shift(Actor actor, @RequestParam boolean onShift,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (actor.user() == null) {
            throw new IllegalArgumentException("user: an API token has no shift");
        }
        teams.shift(actor, actor.user().value(), onShift);
        if (htmx == null) {
            return "redirect:/desk";
        }
        model.addAttribute("onShift", onShift);
        model.addAttribute("canWrite", true);
        return "desk/parts :: shift";
    }

    private boolean onShift(Actor actor) {
        return actor.user() != null && actor.role().canWrite() && teams.agents(actor).stream()
                .anyMatch(a -> a.user().equals(actor.user().value()) && a.onShift());
    }

    private List<String> markets(Actor actor) {
        return new TreeSet<>(shops.of(actor.tenant()).stream().map(Shop::market).filter(actor::serves).toList())
                .stream().toList();
    }
}
