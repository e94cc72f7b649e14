package org.aftercare.cases.console;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.cases.AccountHealthRecord;
import org.aftercare.cases.Case;
import org.aftercare.cases.CaseId;
import org.aftercare.cases.CaseRates;
import org.aftercare.cases.CaseReason;
import org.aftercare.cases.CaseRemedies;
import org.aftercare.cases.CaseStatus;
import org.aftercare.cases.CaseType;
import org.aftercare.cases.Cases;
import org.aftercare.cases.Completeness;
import org.aftercare.cases.Dossiers;
import org.aftercare.cases.EvidenceChecklist;
import org.aftercare.cases.LossAdvice;
import org.aftercare.cases.LossDecisions;
import org.aftercare.cases.NewCase;
import org.aftercare.cases.SubmissionBlocked;
import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceItemId;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.remedies.OfferKind;
import org.aftercare.orders.Orders;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cases console: the list ordered by deadline (with the form to open a case, the win and
 * recovery rates and the account-health record), and a case's page — checklist and completeness
 * bar, evidence with its hashes, upload (the evidence module's widget), dossier, submission (refused with the missing items named),
 * accept-the-loss advice and the outcome form.
 */
@Controller
class CaseConsoleController {

    private final Cases cases;
    private final Dossiers dossiers;
    private final LossDecisions losses;
    private final CaseRates rates;
    private final AccountHealthRecord health;
    private final CaseRemedies remedies;
    private final EvidenceArchive archive;
    private final Orders orders;
    private final Shops shops;
    private final Clock clock;

    CaseConsoleController(Cases cases, Dossiers dossiers, LossDecisions losses, CaseRates rates, AccountHealthRecord health,
                          CaseRemedies remedies, EvidenceArchive archive, Orders orders, Shops shops, Clock clock) {
        this.remedies = remedies;
        this.cases = cases;
        this.dossiers = dossiers;
        this.losses = losses;
        this.rates = rates;
        this.health = health;
        this.archive = archive;
        this.orders = orders;
        this.shops = shops;
        this.clock = clock;
    }

    /** A row of the list: the case, its order number (the shop's name for a shop-level appeal) and its countdown in business days of its market. */
    record Row(Case c, String orderNumber, long businessDaysLeft) {
    }

    /** A type × reason as the open form offers it. */
    record Choice(CaseType type, CaseReason reason) {

        public String value() {
            return type + "/" + reason;
        }
    }

    @GetMapping("/cases")
    String list(Actor actor, @RequestParam(required = false) CaseStatus status, Model model) {
        Instant now = clock.instant();
        Map<ShopId, String> shopNames = shops.of(actor.tenant()).stream()
                .collect(java.util.stream.Collectors.toMap(Shop::id, Shop::name));
        List<Row> rows = cases.list(actor, status, 0, 200).stream()
                .map(c -> new Row(c, c.shopLevel() ? shopNames.getOrDefault(c.shop(), "")
                        : orders.find(actor.tenant(), c.order()).map(Order::orderNumber).orElse(""),
                        c.deadline().businessDaysLeft(BusinessCalendar.of(c.market()), now)))
                .toList();
        List<Choice> choices = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            type.reasons().forEach(r -> choices.add(new Choice(type, r)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("choices", choices);
        model.addAttribute("shops", shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList());
        model.addAttribute("rates", rates.of(actor, now.minus(Duration.ofDays(90)), now.plusSeconds(1)));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        model.addAttribute("healthFrom", today.minusDays(90));
        model.addAttribute("healthTo", today);
        model.addAttribute("canWrite", actor.role().canWrite());
        return "cases/list";
    }

    /**
     * Opens a case on an order of the shop, or — with no order number — a platform appeal about the shop as a
     * whole, its window starting on the platform's decision date (today when empty).
     */
    @PostMapping("/cases")
    String open(Actor actor, @RequestParam UUID shop, @RequestParam(required = false) String orderNumber,
                @RequestParam String choice, @RequestParam(required = false) String amount,
                @RequestParam(required = false) LocalDate windowStart, RedirectAttributes redirect) {
        try {
            String[] parts = choice.split("/", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("choice: a case type and reason");
            }
            CaseType type = CaseType.valueOf(parts[0]);
            CaseReason reason = CaseReason.valueOf(parts[1]);
            BigDecimal stake = amount == null || amount.isBlank() ? null : number(amount);
            Instant start = windowStart == null ? null : windowStart(actor, new ShopId(shop), windowStart);
            OrderId order = null;
            if (orderNumber != null && !orderNumber.isBlank()) {
                order = orders.findByNumber(actor.tenant(), new ShopId(shop), orderNumber.strip())
                        .filter(o -> actor.serves(o.market())).map(Order::id)
                        .orElseThrow(() -> new IllegalArgumentException("orderNumber: no order " + orderNumber.strip() + " in this shop"));
            }
            else if (type != CaseType.PLATFORM_APPEAL) {
                throw new IllegalArgumentException("orderNumber: required for a " + type
                        + " (only a platform appeal may be opened on the shop without an order)");
            }
            Case c = cases.open(actor, new NewCase(order, null, type, reason, stake, start, null, null, new ShopId(shop)));
            return "redirect:/cases/" + c.id();
        }
        catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("openError", invalid.getMessage());
            return "redirect:/cases";
        }
    }

    /** The start of the decision date in the shop's zone, but never after now (a decision taken today). */
    private Instant windowStart(Actor actor, ShopId shop, LocalDate date) {
        ZoneId zone = shops.find(actor.tenant(), shop).map(Shop::zone).orElse(ZoneOffset.UTC);
        Instant now = clock.instant();
        Instant start = date.atStartOfDay(zone).toInstant();
        if (start.isAfter(now)) {
            throw new IllegalArgumentException("windowStartsAt: must not be in the future");
        }
        return start;
    }

    /** A file for the case's evidence, from the upload widget: 201 with its SHA-256, or 400 with the reason. */
    @PostMapping(path = "/cases/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(Actor actor, @PathVariable UUID id, @RequestPart("file") MultipartFile file,
                                               @RequestParam("kind") String kind) throws IOException {
        EvidenceKind parsed;
        try {
            parsed = EvidenceKind.valueOf(kind);
        }
        catch (IllegalArgumentException notAKind) {
            return ResponseEntity.badRequest().body(Map.of("error", "kind: " + kind + " is not an evidence kind"));
        }
        try (InputStream content = file.getInputStream()) {
            EvidenceItem item = cases.upload(actor, new CaseId(id), parsed, file.getOriginalFilename(), content);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", item.id().value(), "sha256", item.sha256()));
        }
        catch (IllegalArgumentException refused) {
            return ResponseEntity.badRequest().body(Map.of("error", refused.getMessage()));
        }
    }

    @GetMapping("/cases/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        Case c = cases.get(actor, new CaseId(id));
        List<EvidenceItem> items = cases.evidence(actor, c);
        EvidenceChecklist checklist = cases.checklist(c);
        Completeness completeness = cases.completeness(c, items);
        Instant now = clock.instant();
        model.addAttribute("c", c);
        model.addAttribute("order", c.shopLevel() ? null : orders.find(actor.tenant(), c.order()).orElse(null));
        model.addAttribute("shop", shops.find(actor.tenant(), c.shop()).map(s -> s.name() + " · " + s.market()).orElse(""));
        model.addAttribute("items", items);
        model.addAttribute("checklist", checklist);
        model.addAttribute("completeness", completeness);
        List<EvidenceKind> present = new ArrayList<>(items.stream().map(EvidenceItem::kind).distinct().toList());
        if (c.statement().written()) {
            present.add(EvidenceKind.SELLER_STATEMENT);
        }
        model.addAttribute("present", present);
        model.addAttribute("daysLeft", c.deadline().businessDaysLeft(BusinessCalendar.of(c.market()), now));
        model.addAttribute("history", cases.history(actor, c.id()));
        model.addAttribute("advice", c.closed() ? null : losses.advice(actor, c));
        model.addAttribute("decision", losses.latest(actor, c.id()).orElse(null));
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("outcomes", List.of(CaseStatus.APPROVED, CaseStatus.PARTIALLY_APPROVED, CaseStatus.REJECTED,
                CaseStatus.WITHDRAWN));
        model.addAttribute("canWrite", actor.role().canWrite());
        model.addAttribute("canManage", actor.role().canManage());
        model.addAttribute("remedyKinds", c.type() == CaseType.DELIVERED_NOT_RECEIVED && !c.closed() ? CaseRemedies.KINDS
                : List.of());
        model.addAttribute("canSubmit", c.status() == CaseStatus.OPEN || c.status() == CaseStatus.REJECTED);
        return "cases/case";
    }

    /** An evidence file as a download, never rendered by the browser; its hash is checked while it streams. */
    @GetMapping("/cases/{id}/evidence/{item}")
    void file(Actor actor, @PathVariable UUID id, @PathVariable UUID item, HttpServletResponse response) throws IOException {
        Case c = cases.get(actor, new CaseId(id));
        EvidenceItem found = cases.evidence(actor, c).stream().filter(i -> i.id().value().equals(item)).findFirst()
                .orElseThrow(() -> new NotFound("Evidence item", item));
        response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(found.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        archive.copyContent(actor, new EvidenceItemId(item), response.getOutputStream());
    }

    @PostMapping("/cases/{id}/collect")
    String collect(Actor actor, @PathVariable UUID id) {
        cases.collect(actor, new CaseId(id));
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/submit")
    String submit(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String overrideReason,
                  RedirectAttributes redirect) {
        try {
            cases.submit(actor, new CaseId(id), overrideReason);
            redirect.addFlashAttribute("submitted", true);
        }
        catch (SubmissionBlocked blocked) {
            redirect.addFlashAttribute("missing", blocked.missing());
        }
        catch (IllegalArgumentException | IllegalStateException invalid) {
            redirect.addFlashAttribute("submitError", invalid.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    /** The seller's statement for the dossier: facts, position, proposed solution, in EN or ZH. */
    @PostMapping("/cases/{id}/statement")
    String statement(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String facts,
                     @RequestParam(required = false) String position, @RequestParam(required = false) String solution,
                     @RequestParam(required = false) String language, RedirectAttributes redirect) {
        try {
            cases.updateStatement(actor, new CaseId(id), new Case.Statement(facts, position, solution, language));
            redirect.addFlashAttribute("statementSaved", true);
        }
        catch (IllegalArgumentException | IllegalStateException invalid) {
            redirect.addFlashAttribute("statementError", invalid.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/outcome")
    String outcome(Actor actor, @PathVariable UUID id, @RequestParam CaseStatus outcome,
                   @RequestParam(required = false) String recovered, @RequestParam(required = false) String venueReason,
                   RedirectAttributes redirect) {
        try {
            cases.recordOutcome(actor, new CaseId(id), outcome, recovered == null || recovered.isBlank() ? null
                    : number(recovered), venueReason);
        }
        catch (IllegalArgumentException | IllegalStateException invalid) {
            redirect.addFlashAttribute("outcomeError", invalid.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/remedy")
    String remedy(Actor actor, @PathVariable UUID id, @RequestParam(required = false) OfferKind kind,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            remedies.propose(actor, new CaseId(id), kind, reason);
            redirect.addFlashAttribute("remedyProposed", true);
        }
        catch (IllegalArgumentException | IllegalStateException invalid) {
            redirect.addFlashAttribute("remedyError", invalid.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/loss-decision")
    String decideLoss(Actor actor, @PathVariable UUID id, @RequestParam LossAdvice.Recommendation decision,
                      @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            losses.decide(actor, new CaseId(id), decision, note == null || note.isBlank() ? null : note.strip());
        }
        catch (IllegalArgumentException | IllegalStateException invalid) {
            redirect.addFlashAttribute("lossError", invalid.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/{id}/dossier.zip")
    void dossier(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "en") String language,
                 HttpServletResponse response) throws IOException {
        Case c = cases.get(actor, new CaseId(id));
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("case-" + c.number() + "-dossier.zip").build().toString());
        dossiers.writeZip(actor, c.id(), "zh".equals(language) ? "zh" : "en", response.getOutputStream());
    }

    @GetMapping("/cases/account-health.pdf")
    ResponseEntity<byte[]> accountHealth(Actor actor, @RequestParam LocalDate from, @RequestParam LocalDate to,
                                         @RequestParam(defaultValue = "en") String language) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("account-health-" + from + "-" + to + ".pdf").build().toString())
                .body(health.pdf(actor, from.atStartOfDay().toInstant(ZoneOffset.UTC),
                        to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), "zh".equals(language) ? "zh" : "en"));
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        }
        catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("amount: not a number: " + text.strip());
        }
    }
}
