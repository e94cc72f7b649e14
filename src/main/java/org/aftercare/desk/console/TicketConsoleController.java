package org.aftercare.desk.console;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftercare.desk.Priority;
import org.aftercare.desk.Teams;
import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.TicketAssist;
import org.aftercare.desk.Tickets;
import org.aftercare.returns.ReturnReason;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One ticket as an agent works it: the conversation in time order, what the desk understood,
 * the history, the SLA clocks, the composer (reply or internal note, then a status) and the
 * controls for status, priority and assignee, beside the order panel. An action sent by htmx is
 * answered with the page to swap in; a plain form post is redirected back to the ticket.
 */
@Controller
class TicketConsoleController {

    /** What a reply may leave the ticket as. */
    static final List<TicketStatus> THEN = List.of(TicketStatus.OPEN, TicketStatus.PENDING_BUYER,
            TicketStatus.PENDING_CARRIER, TicketStatus.PENDING_WAREHOUSE, TicketStatus.SOLVED);
    /** What an agent may move a ticket to by hand. */
    static final List<TicketStatus> MOVES = List.of(TicketStatus.OPEN, TicketStatus.PENDING_BUYER,
            TicketStatus.PENDING_CARRIER, TicketStatus.PENDING_WAREHOUSE, TicketStatus.SOLVED, TicketStatus.CLOSED);

    private final Tickets tickets;
    private final TicketAssist assist;
    private final Teams teams;
    private final OrderPanels panels;
    private final MessageSource messages;
    private final Clock clock;

    TicketConsoleController(Tickets tickets, TicketAssist assist, Teams teams, OrderPanels panels, MessageSource messages,
                            Clock clock) {
        this.tickets = tickets;
        this.assist = assist;
        this.teams = teams;
        this.panels = panels;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/desk/tickets/{id}")
    String ticket(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String back, Model model,
                  Locale locale) {
        TicketDetail detail = tickets.get(actor, new TicketId(id));
        Instant now = clock.instant();
        var t = detail.ticket();
        List<Teams.Agent> agents = actor.role().canWrite() ? teams.agents(actor) : List.of();
        Map<String, String> names = agents.stream()
                .collect(Collectors.toMap(a -> a.user().toString(), Teams.Agent::name, (a, b) -> a));
        model.addAttribute("detail", detail);
        model.addAttribute("t", t);
        model.addAttribute("back", InboxLinks.safe(back));
        model.addAttribute("latestInbound", detail.messages().stream().filter(m -> m.kind().equals("INBOUND"))
                .reduce((a, b) -> b).orElse(null));
        model.addAttribute("dues", List.of(
                new NamedDue("desk.sla.firstResponse", Due.of(t.firstRepliedAt() != null ? null : t.firstResponseDueAt(), now)),
                new NamedDue("desk.sla.nextResponse", Due.of(t.nextResponseDueAt(), now)),
                new NamedDue("desk.sla.resolution", Due.of(t.resolutionDueAt(), now)),
                new NamedDue("desk.sla.platform", Due.of(t.platformResponseDueAt(), now))).stream()
                .filter(d -> d.due() != null).toList());
        Map<String, String> teamNames = actor.role().canWrite() ? teams.list(actor).stream()
                .collect(Collectors.toMap(team -> team.id().toString(), Teams.Team::name)) : Map.of();
        model.addAttribute("history", detail.events().stream()
                .map(e -> HistoryLine.of(e, names, teamNames, messages, locale)).toList());
        model.addAttribute("panel", panels.of(actor, detail, locale));
        model.addAttribute("agents", agents.stream().filter(a -> a.markets().isEmpty() || a.markets().contains(t.market()))
                .toList());
        model.addAttribute("thenStatuses", THEN);
        model.addAttribute("moves", MOVES);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("canWrite", actor.role().canWrite());
        boolean composing = actor.role().canWrite() && t.status() != TicketStatus.CLOSED;
        model.addAttribute("suggestions", composing ? assist.suggestions(actor, detail) : List.of());
        model.addAttribute("returnForm", actor.role().canWrite()
                ? assist.returnForm(actor, detail).orElse(null) : null);
        model.addAttribute("returnReasons", ReturnReason.values());
        model.addAttribute("knowledge", assist.knowledge(actor, detail,
                locale.getLanguage().equals("zh") ? "zh" : "en"));
        return "desk/ticket";
    }

    record NamedDue(String label, Due due) {
    }

    @PostMapping("/desk/tickets/{id}/messages")
    String write(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "reply") String kind,
                 @RequestParam(required = false) String body, @RequestParam(required = false) TicketStatus then,
                 @RequestParam(required = false) String back,
                 @RequestHeader(name = "HX-Request", required = false) String htmx,
                 Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireWrite();
        Answer answer = new Answer(htmx != null, model, redirect);
        if (body == null || body.isBlank()) {
            return answer.error("desk.error.bodyRequired", null, () -> ticket(actor, id, back, model, locale), id, back);
        }
        return answer.attempt(() -> {
            if ("note".equals(kind)) {
                tickets.note(actor, new TicketId(id), body);
                return "desk.notice.noted";
            }
            tickets.reply(actor, new TicketId(id), body, then == null ? TicketStatus.OPEN : then);
            return "desk.notice.replied";
        }, () -> ticket(actor, id, back, model, locale), id, back);
    }

    @PostMapping("/desk/tickets/{id}/status")
    String status(Actor actor, @PathVariable UUID id, @RequestParam TicketStatus status,
                  @RequestParam(required = false) String back,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model, RedirectAttributes redirect, Locale locale) {
        return new Answer(htmx != null, model, redirect).attempt(() -> {
            tickets.setStatus(actor, new TicketId(id), status);
            return "desk.notice.status";
        }, () -> ticket(actor, id, back, model, locale), id, back);
    }

    @PostMapping("/desk/tickets/{id}/priority")
    String priority(Actor actor, @PathVariable UUID id, @RequestParam Priority priority,
                    @RequestParam(required = false) String back,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Model model, RedirectAttributes redirect, Locale locale) {
        return new Answer(htmx != null, model, redirect).attempt(() -> {
            tickets.setPriority(actor, new TicketId(id), priority);
            return "desk.notice.priority";
        }, () -> ticket(actor, id, back, model, locale), id, back);
    }

    @PostMapping("/desk/tickets/{id}/assignee")
    String assign(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID assignee,
                  @RequestParam(required = false) String back,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model, RedirectAttributes redirect, Locale locale) {
        return new Answer(htmx != null, model, redirect).attempt(() -> {
            tickets.assign(actor, new TicketId(id), assignee);
            return "desk.notice.assigned";
        }, () -> ticket(actor, id, back, model, locale), id, back);
    }

    @PostMapping("/desk/tickets/{id}/carrier-ticket")
    String carrierTicket(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String ticketNumber,
                         @RequestParam(required = false) String back,
                         @RequestHeader(name = "HX-Request", required = false) String htmx,
                         Model model, RedirectAttributes redirect, Locale locale) {
        return new Answer(htmx != null, model, redirect).attempt(() -> {
            assist.openCarrierTicket(actor, new TicketId(id), ticketNumber);
            return "desk.notice.carrierTicket";
        }, () -> ticket(actor, id, back, model, locale), id, back);
    }

    @PostMapping("/desk/tickets/{id}/case-library")
    String caseLibrary(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String tags,
                       @RequestParam(required = false) String back,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       Model model, RedirectAttributes redirect, Locale locale) {
        return new Answer(htmx != null, model, redirect).attempt(() -> {
            List<String> tagList = tags == null ? List.of()
                    : java.util.Arrays.stream(tags.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            assist.addToCaseLibrary(actor, new TicketId(id), tagList);
            return "desk.notice.caseLibrary";
        }, () -> ticket(actor, id, back, model, locale), id, back);
    }

    /**
     * Opens a return of the ticket's order: the checked lines ({@code line}) with their quantity
     * ({@code quantity-<line>}, 1 when empty) and a reason. The decision is shown as a notice; a
     * refusal (after the window, more than is left) with its reason and dates.
     */
    @PostMapping("/desk/tickets/{id}/return")
    String openReturn(Actor actor, @PathVariable UUID id, @RequestParam(name = "line", required = false) List<Integer> lines,
                      @RequestParam(required = false) ReturnReason reason, @RequestParam Map<String, String> form,
                      @RequestParam(required = false) String back,
                      @RequestHeader(name = "HX-Request", required = false) String htmx,
                      Model model, RedirectAttributes redirect, Locale locale) {
        return new Answer(htmx != null, model, redirect).attempt(() -> {
            List<TicketAssist.ReturnLine> returned = new java.util.ArrayList<>();
            for (int line : lines == null ? List.<Integer>of() : lines) {
                String quantity = form.get("quantity-" + line);
                try {
                    returned.add(new TicketAssist.ReturnLine(line,
                            quantity == null || quantity.isBlank() ? 1 : Integer.parseInt(quantity.strip())));
                }
                catch (NumberFormatException notANumber) {
                    throw new IllegalArgumentException("quantity-%d: not a number: %s".formatted(line, quantity.strip()));
                }
            }
            TicketAssist.ReturnOpened opened = assist.openReturn(actor, new TicketId(id), returned, reason);
            if (htmx != null) {
                model.addAttribute("returnOpened", opened);
            }
            else {
                redirect.addFlashAttribute("returnOpened", opened);
            }
            return opened.created() ? "desk.notice.returnOpened" : "desk.notice.returnAlreadyOpened";
        }, () -> ticket(actor, id, back, model, locale), id, back);
    }

    /** A buyer's file, always as a download: never rendered by the browser, whatever it claims to be. */
    @GetMapping("/desk/tickets/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable UUID id, @PathVariable UUID attachment) {
        var file = tickets.attachment(actor, new TicketId(id), attachment)
                .orElseThrow(() -> new NotFound("Attachment", attachment));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.content());
    }

    /** How an action answers: the page again for htmx, a redirect with a flash message otherwise. */
    private record Answer(boolean htmx, Model model, RedirectAttributes redirect) {

        interface Action {
            String run();
        }

        interface Page {
            String render();
        }

        String attempt(Action action, Page page, UUID id, String back) {
            try {
                return done("notice", action.run(), null, page, id, back);
            }
            catch (IllegalArgumentException refused) {
                return error("desk.error.refused", refused.getMessage(), page, id, back);
            }
        }

        String error(String key, String detail, Page page, UUID id, String back) {
            return done("actionError", key, detail, page, id, back);
        }

        private String done(String kind, String key, String detail, Page page, UUID id, String back) {
            if (htmx) {
                model.addAttribute(kind, key);
                model.addAttribute("actionDetail", detail);
                return page.render();
            }
            redirect.addFlashAttribute(kind, key);
            redirect.addFlashAttribute("actionDetail", detail);
            String safeBack = InboxLinks.safe(back);
            return "redirect:/desk/tickets/" + id + (safeBack.equals("/desk") ? ""
                    : "?back=" + java.net.URLEncoder.encode(safeBack, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
