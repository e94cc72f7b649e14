package org.aftercare.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.cases.AccountHealthRecord;
import org.aftercare.cases.Case;
import org.aftercare.cases.CaseChecklists;
import org.aftercare.cases.CaseEvent;
import org.aftercare.cases.CaseId;
import org.aftercare.cases.CaseRates;
import org.aftercare.cases.CaseReason;
import org.aftercare.cases.CaseSettings;
import org.aftercare.cases.CaseStatus;
import org.aftercare.cases.CaseType;
import org.aftercare.cases.Cases;
import org.aftercare.cases.Dossiers;
import org.aftercare.cases.EvidenceChecklist;
import org.aftercare.cases.LossAdvice;
import org.aftercare.cases.LossDecisions;
import org.aftercare.cases.NewCase;
import org.aftercare.cases.ShopCaseSettings;
import org.aftercare.cases.SubmissionBlocked;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Disputes, carrier claims, appeals and delivered-not-received cases with their evidence")
class CaseApiController {

    private final Cases cases;
    private final Dossiers dossiers;
    private final LossDecisions losses;
    private final CaseRates rates;
    private final CaseChecklists checklists;
    private final ShopCaseSettings settings;
    private final AccountHealthRecord health;
    private final org.aftercare.cases.CaseRemedies remedies;

    CaseApiController(Cases cases, Dossiers dossiers, LossDecisions losses, CaseRates rates, CaseChecklists checklists,
                      ShopCaseSettings settings, AccountHealthRecord health, org.aftercare.cases.CaseRemedies remedies) {
        this.remedies = remedies;
        this.cases = cases;
        this.dossiers = dossiers;
        this.losses = losses;
        this.rates = rates;
        this.checklists = checklists;
        this.settings = settings;
        this.health = health;
    }

    record OpenBody(UUID shop, UUID order, UUID shipment, CaseType type, CaseReason reason, BigDecimal amount, Instant windowStartsAt,
                    String externalRef, String facts, String position, String solution, String language) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a case on an order, or a platform appeal on a shop",
            description = "Puts the order's evidence under legal hold and collects the generated items and carrier tickets. "
                    + "The same type and reason on an order with such a case open returns that case (200). "
                    + "A PLATFORM_APPEAL about the shop as a whole is opened with `shop` and no `order`: nothing is held, "
                    + "the shop's account-health record is generated into it; every other type requires `order`. "
                    + "With both, the order must be the shop's.")
    ResponseEntity<CaseResponse> open(Actor actor, @RequestBody OpenBody body) {
        Case c = cases.open(actor, new NewCase(body.order() == null ? null : new OrderId(body.order()),
                body.shipment() == null ? null : new ShipmentId(body.shipment()), body.type(), body.reason(), body.amount(),
                body.windowStartsAt(), body.externalRef(),
                new Case.Statement(body.facts(), body.position(), body.solution(), body.language()),
                body.shop() == null ? null : new ShopId(body.shop())));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(view(actor, c));
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a file to the case's evidence",
            description = "For a case on an order the file joins the order's evidence, marked as uploaded for the case; "
                    + "for a shop-level appeal it is kept with the shop and the case. Checked like any evidence "
                    + "(400 naming the file and the reason); the same bytes again return the existing item.")
    CaseResponse.Item upload(Actor actor, @PathVariable UUID id, @RequestPart("file") MultipartFile file,
                             @RequestParam("kind") String kind) {
        try (InputStream content = file.getInputStream()) {
            EvidenceItem i = cases.upload(actor, new CaseId(id), kind(kind), file.getOriginalFilename(), content);
            return new CaseResponse.Item(i.id().value(), i.kind().name(), i.fileName(), i.mediaType(), i.size(), i.sha256(),
                    i.capturedAt(), i.source(), i.generated());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EvidenceKind kind(String kind) {
        try {
            return EvidenceKind.valueOf(kind);
        }
        catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("kind: one of " + java.util.Arrays.toString(EvidenceKind.values()));
        }
    }

    @GetMapping
    @Operation(summary = "List cases, nearest deadline first")
    List<CaseResponse> list(Actor actor, @RequestParam(required = false) CaseStatus status,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return cases.list(actor, status, page, size).stream().map(c -> view(actor, c)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a case with its checklist, completeness and evidence")
    CaseResponse get(Actor actor, @PathVariable UUID id) {
        return view(actor, cases.get(actor, new CaseId(id)));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The case's history: refusals, overrides, submissions, outcomes, decisions")
    List<CaseEvent> history(Actor actor, @PathVariable UUID id) {
        return cases.history(actor, new CaseId(id));
    }

    @PostMapping("/{id}/collect")
    @Operation(summary = "Collect the order's generated evidence and carrier tickets again")
    CaseResponse collect(Actor actor, @PathVariable UUID id) {
        cases.collect(actor, new CaseId(id));
        return get(actor, id);
    }

    record SubmitBody(String overrideReason) {
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the case to its venue",
            description = "409 naming the missing evidence kinds while the checklist is incomplete; a manager may submit "
                    + "anyway with overrideReason, which is logged.")
    CaseResponse submit(Actor actor, @PathVariable UUID id, @RequestBody(required = false) SubmitBody body) {
        cases.submit(actor, new CaseId(id), body == null ? null : body.overrideReason());
        return get(actor, id);
    }

    record OutcomeBody(CaseStatus outcome, BigDecimal recovered, String venueReason) {
    }

    @PostMapping("/{id}/outcome")
    @Operation(summary = "Record the venue's answer or withdraw",
            description = "APPROVED, PARTIALLY_APPROVED (with recovered), REJECTED (with venueReason; may be resubmitted), "
                    + "WITHDRAWN. A closed case releases the order's legal hold.")
    CaseResponse outcome(Actor actor, @PathVariable UUID id, @RequestBody OutcomeBody body) {
        if (body.outcome() == null) {
            throw new IllegalArgumentException("outcome: APPROVED, PARTIALLY_APPROVED, REJECTED or WITHDRAWN");
        }
        cases.recordOutcome(actor, new CaseId(id), body.outcome(), body.recovered(), body.venueReason());
        return get(actor, id);
    }

    record RemedyBody(org.aftercare.remedies.OfferKind kind, String reason) {
    }

    @PostMapping("/{id}/remedy")
    @Operation(summary = "End a delivered-not-received case in a reship or refund",
            description = "Proposes RESHIP, PRIORITY_RESHIP or FULL_REFUND through remedies (caps and approvals apply); "
                    + "the case's history names the offer.")
    org.aftercare.remedies.OfferSummary remedy(Actor actor, @PathVariable UUID id, @RequestBody RemedyBody body) {
        return remedies.propose(actor, new CaseId(id), body.kind(), body.reason()).summary();
    }

    @PutMapping("/{id}/statement")
    @Operation(summary = "The seller's facts, position and proposed solution (en or zh) for the dossier")
    CaseResponse statement(Actor actor, @PathVariable UUID id, @RequestBody Case.Statement body) {
        cases.updateStatement(actor, new CaseId(id), body);
        return get(actor, id);
    }

    @GetMapping("/{id}/loss-advice")
    @Operation(summary = "Accept-the-loss recommendation with the expected cost of fighting and of refunding")
    LossAdvice lossAdvice(Actor actor, @PathVariable UUID id) {
        return losses.advice(actor, cases.get(actor, new CaseId(id)));
    }

    record LossBody(LossAdvice.Recommendation decision, String note) {
    }

    @PostMapping("/{id}/loss-decision")
    @Operation(summary = "Record the agent's decision: REFUND (withdraws the case) or FIGHT")
    LossDecisions.Decision decideLoss(Actor actor, @PathVariable UUID id, @RequestBody LossBody body) {
        return losses.decide(actor, new CaseId(id), body.decision(), body.note());
    }

    @GetMapping(path = "/{id}/dossier.zip", produces = "application/zip")
    @Operation(summary = "The dossier: summary PDF, original files, manifest.csv and SHA256SUMS, streamed")
    void dossier(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "en") String language,
                 HttpServletResponse response) throws IOException {
        Case c = cases.get(actor, new CaseId(id));
        String lang = language(language);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("case-" + c.number() + "-dossier.zip").build().toString());
        dossiers.writeZip(actor, c.id(), lang, response.getOutputStream());
    }

    @GetMapping(path = "/{id}/manifest.csv", produces = "text/csv")
    @Operation(summary = "The dossier's manifest alone: same evidence, same bytes")
    ResponseEntity<byte[]> manifest(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(dossiers.manifest(actor, new CaseId(id)));
    }

    @GetMapping("/rates")
    @Operation(summary = "Win rate and recovery rate per type, reason, carrier and market for cases opened in [from, to)")
    List<CaseRates.Rate> rates(Actor actor, @RequestParam Instant from, @RequestParam Instant to) {
        return rates.of(actor, from, to);
    }

    @GetMapping(path = "/account-health.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The account-health (handling) record for a period, as a PDF for a reinstatement appeal")
    ResponseEntity<byte[]> accountHealth(Actor actor, @RequestParam Instant from, @RequestParam Instant to,
                                         @RequestParam(defaultValue = "en") String language) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("account-health.pdf").build().toString())
                .body(health.pdf(actor, from, to, language(language)));
    }

    @GetMapping("/checklists/{shop}")
    @Operation(summary = "The shop's evidence checklists, its own where it has one")
    List<EvidenceChecklist> checklists(Actor actor, @PathVariable UUID shop) {
        return checklists.all(actor.tenant(), new ShopId(shop));
    }

    record ChecklistBody(List<EvidenceKind> required, List<EvidenceKind> optional) {
    }

    @PutMapping("/checklists/{shop}/{type}/{reason}")
    @Operation(summary = "Replace a checklist for one shop (managers)")
    EvidenceChecklist saveChecklist(Actor actor, @PathVariable UUID shop, @PathVariable CaseType type,
                                    @PathVariable CaseReason reason, @RequestBody ChecklistBody body) {
        return checklists.save(actor, new ShopId(shop), type, reason, body.required() == null ? List.of() : body.required(),
                body.optional());
    }

    @PostMapping("/checklists/{shop}/{type}/{reason}/reset")
    @Operation(summary = "Back to the default checklist (managers)")
    EvidenceChecklist resetChecklist(Actor actor, @PathVariable UUID shop, @PathVariable CaseType type,
                                     @PathVariable CaseReason reason) {
        return checklists.reset(actor, new ShopId(shop), type, reason);
    }

    @PutMapping("/settings/{shop}")
    @Operation(summary = "A shop's deadline windows and accept-the-loss threshold (managers); a field left out is the default")
    CaseSettings saveSettings(Actor actor, @PathVariable UUID shop, @RequestBody CaseSettings.Overrides body) {
        return settings.save(actor, new ShopId(shop), body);
    }

    @ExceptionHandler(SubmissionBlocked.class)
    ResponseEntity<ProblemDetail> blocked(SubmissionBlocked e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Evidence missing");
        problem.setProperty("missing", e.missing());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private CaseResponse view(Actor actor, Case c) {
        var items = cases.evidence(actor, c);
        var checklist = cases.checklist(c);
        return CaseResponse.of(c, checklist, cases.completeness(c, items), items);
    }

    static String language(String language) {
        if (!"en".equals(language) && !"zh".equals(language)) {
            throw new IllegalArgumentException("language: en or zh");
        }
        return language;
    }
}
