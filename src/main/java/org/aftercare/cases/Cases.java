package org.aftercare.cases;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The cases of a tenant: opened on an order (which puts the order's evidence under legal hold),
 * filled from the evidence archive, checked against their checklist, submitted — or refused with
 * the missing items named, unless a manager overrides in writing — and closed with an outcome
 * (which releases the hold). Every step is kept in the case's history.
 */
@Service
public class Cases {

    private final CaseRepository repository;
    private final CaseChecklists checklists;
    private final ShopCaseSettings settings;
    private final CaseEvidence evidence;
    private final EvidenceArchive archive;
    private final Orders orders;
    private final Shipments shipments;
    private final Shops shops;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cases(CaseRepository repository, CaseChecklists checklists, ShopCaseSettings settings, CaseEvidence evidence,
          EvidenceArchive archive, Orders orders, Shipments shipments, Shops shops, AuditLog audit,
          ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.checklists = checklists;
        this.settings = settings;
        this.evidence = evidence;
        this.archive = archive;
        this.orders = orders;
        this.shipments = shipments;
        this.shops = shops;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a case, holds the order's evidence and collects what the archive can make or already
     * has. Opening the same type × reason on an order that has such a case still open returns that
     * case: a repeated request opens nothing new.
     */
    public Case open(Actor actor, NewCase request) {
        actor.requireWrite();
        if (request.shopLevel()) {
            return openOnShop(actor, request);
        }
        Order order = orders.get(actor, request.order());
        if (request.shop() != null && !request.shop().equals(order.shop())) {
            throw new IllegalArgumentException("shop: order " + order.orderNumber() + " is not an order of this shop");
        }
        Instant now = clock.instant();
        Instant start = windowStart(request, now);
        List<Case> existing = repository.ofOrder(actor.tenant(), order.id()).stream()
                .filter(c -> !c.closed() && c.type() == request.type() && c.reason() == request.reason())
                .toList();
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        Shop shop = shops.find(actor.tenant(), order.shop()).orElseThrow(() -> new NotFound("Shop", order.shop()));
        ShipmentSnapshot shipment = shipment(actor, order, request.shipment());
        CaseSettings s = settings.effective(actor.tenant(), shop.id(), order.market(), order.total().currency());
        CaseDeadline deadline = CaseDeadline.of(request.type(), s, BusinessCalendar.of(order.market(), shop.zone()), start);
        Money amount = request.amount() == null ? order.total() : new Money(request.amount(), order.total().currency());
        Case opened;
        try {
            opened = repository.insert(new Case(CaseId.random(), actor.tenant(), shop.id(), order.id(),
                    shipment == null ? null : shipment.id(), 0, request.type(), request.reason(), order.market(),
                    shipment == null ? null : carrier(shipment), blankToNull(request.externalRef()), CaseStatus.OPEN,
                    Case.Priority.NORMAL, amount, null, null, request.statement(), deadline, null, null, now, actor.name(),
                    null, null, 0));
        }
        catch (DuplicateKeyException concurrent) {
            return repository.ofOrder(actor.tenant(), order.id()).stream()
                    .filter(c -> !c.closed() && c.type() == request.type() && c.reason() == request.reason())
                    .findFirst().orElseThrow(() -> concurrent);
        }
        archive.hold(actor.tenant(), order.id(), holder(opened));
        repository.event(actor.tenant(), opened.id(), now, actor.name(), "OPENED",
                opened.type() + " " + opened.reason() + ", due " + deadline.deadlineAt());
        collect(actor, opened.id());
        return get(actor, opened.id());
    }

    /**
     * A platform appeal about the shop as a whole: no order, so nothing to hold; the market, currency and
     * calendar are the shop's; what is at stake is zero unless told. Opening it again while it is open
     * returns the open one.
     */
    private Case openOnShop(Actor actor, NewCase request) {
        Shop shop = shops.find(actor.tenant(), request.shop()).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", request.shop()));
        Instant now = clock.instant();
        Instant start = windowStart(request, now);
        var open = openOnShop(actor, shop, request);
        if (open.isPresent()) {
            return open.get();
        }
        CaseSettings s = settings.effective(actor.tenant(), shop.id(), shop.market(), shop.currency());
        CaseDeadline deadline = CaseDeadline.of(request.type(), s, BusinessCalendar.of(shop.market(), shop.zone()), start);
        Money amount = new Money(request.amount() == null ? BigDecimal.ZERO : request.amount(), shop.currency());
        Case opened;
        try {
            opened = repository.insert(new Case(CaseId.random(), actor.tenant(), shop.id(), null, null, 0, request.type(),
                    request.reason(), shop.market(), null, blankToNull(request.externalRef()), CaseStatus.OPEN,
                    Case.Priority.NORMAL, amount, null, null, request.statement(), deadline, null, null, now, actor.name(),
                    null, null, 0));
        }
        catch (DuplicateKeyException concurrent) {
            return openOnShop(actor, shop, request).orElseThrow(() -> concurrent);
        }
        repository.event(actor.tenant(), opened.id(), now, actor.name(), "OPENED",
                opened.type() + " " + opened.reason() + " on shop " + shop.name() + ", due " + deadline.deadlineAt());
        collect(actor, opened.id());
        return get(actor, opened.id());
    }

    private java.util.Optional<Case> openOnShop(Actor actor, Shop shop, NewCase request) {
        return repository.ofShopWithoutOrder(actor.tenant(), shop.id()).stream()
                .filter(c -> !c.closed() && c.type() == request.type() && c.reason() == request.reason())
                .findFirst();
    }

    private static Instant windowStart(NewCase request, Instant now) {
        Instant start = request.windowStartsAt() == null ? now : request.windowStartsAt();
        if (start.isAfter(now)) {
            throw new IllegalArgumentException("windowStartsAt: must not be in the future");
        }
        return start;
    }

    /** Makes the order's generated evidence and brings in the carrier's statements; idempotent. */
    public List<EvidenceItem> collect(Actor actor, CaseId id) {
        actor.requireWrite();
        Case c = get(actor, id);
        int before = evidence.of(actor, c, checklist(c)).size();
        evidence.collect(actor, c);
        List<EvidenceItem> items = evidence.of(actor, c, checklist(c));
        if (items.size() != before) {
            repository.event(actor.tenant(), id, clock.instant(), actor.name(), "EVIDENCE_COLLECTED",
                    (items.size() - before) + " new item(s)");
        }
        return items;
    }

    /**
     * Adds a file to the case's evidence: to its order's file, marked as uploaded for the case, or — for a
     * shop-level appeal — kept with the shop and the case.
     *
     * @throws org.aftercare.evidence.EvidenceRefused naming the file and the reason; nothing is stored
     */
    public EvidenceItem upload(Actor actor, CaseId id, EvidenceKind kind, String fileName, InputStream content) {
        actor.requireWrite();
        Case c = get(actor, id);
        if (c.shopLevel()) {
            return archive.addToShopCase(actor, c.shop(),
                    NewEvidence.forShopCase(c.id().value(), kind, fileName, null, "upload"), content);
        }
        return archive.add(actor, NewEvidence.upload(c.order(), kind, fileName).forCase(c.id().value()), content);
    }

    public Case get(Actor actor, CaseId id) {
        return repository.find(actor.tenant(), id)
                .filter(c -> actor.serves(c.market()))
                .orElseThrow(() -> new NotFound("Case", id));
    }

    /** The tenant's cases the actor serves, nearest deadline first, closed ones last. */
    public List<Case> list(Actor actor, CaseStatus status, int page, int size) {
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("size: between 1 and 200");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page: must not be negative");
        }
        return repository.list(actor.tenant(), List.copyOf(actor.markets()), status, size, page * size);
    }

    /** The shop's checklist of the case's type × reason; a shop-level appeal has its own (DefaultChecklists.shopAppeal). */
    public EvidenceChecklist checklist(Case c) {
        if (c.shopLevel()) {
            return DefaultChecklists.shopAppeal(c.reason());
        }
        return checklists.effective(c.tenant(), c.shop(), c.type(), c.reason());
    }

    /** The archive's items that belong in the case: its order's (and shipment's) items of the checklist's kinds, and all uploaded for it. */
    public List<EvidenceItem> evidence(Actor actor, Case c) {
        return evidence.of(actor, c, checklist(c));
    }

    public Completeness completeness(Actor actor, Case c) {
        return completeness(c, evidence(actor, c));
    }

    /**
     * The case's completeness given its evidence items. The statement written on the case (facts or
     * position) is the seller's statement; an uploaded SELLER_STATEMENT counts as well.
     */
    public Completeness completeness(Case c, List<EvidenceItem> items) {
        List<EvidenceKind> present = new java.util.ArrayList<>(items.stream().map(EvidenceItem::kind).toList());
        if (c.statement().written()) {
            present.add(EvidenceKind.SELLER_STATEMENT);
        }
        return Completeness.of(checklist(c), present);
    }

    public List<CaseEvent> history(Actor actor, CaseId id) {
        return repository.history(get(actor, id).tenant(), id);
    }

    /**
     * Sends the case to its venue. Refused while a required item is missing — the refusal names the
     * items and is kept in the history — unless a manager gives a written reason, which is logged
     * with what was missing.
     *
     * @throws SubmissionBlocked naming the missing kinds
     */
    public Case submit(Actor actor, CaseId id, String overrideReason) {
        actor.requireWrite();
        Case c = get(actor, id);
        Completeness completeness = completeness(actor, c);
        Instant now = clock.instant();
        List<String> missing = completeness.missing().stream().map(Enum::name).toList();
        String override = blankToNull(overrideReason);
        if (!completeness.complete()) {
            if (override == null) {
                repository.event(actor.tenant(), id, now, actor.name(), "SUBMISSION_REFUSED", "missing " + missing);
                throw new SubmissionBlocked(c.number(), completeness.missing());
            }
            actor.requireManage();
            if (override.length() > 2000) {
                throw new IllegalArgumentException("overrideReason: at most 2000 characters");
            }
        }
        Case submitted = c.submitted(now);
        save(submitted, now);
        repository.submission(submitted, now, actor.name(), missing, completeness.complete() ? null : override);
        if (!completeness.complete()) {
            repository.event(actor.tenant(), id, now, actor.name(), "OVERRIDE", "missing " + missing + ": " + override);
            audit.record(actor, "cases.submit.override", "case " + c.number(), "missing " + missing + ": " + override);
        }
        repository.event(actor.tenant(), id, now, actor.name(), "SUBMITTED",
                "attempt " + repository.submissions(actor.tenant(), id) + ", completeness " + completeness.score() + "%");
        events.publishEvent(new CaseSubmitted(actor.tenant(), id, c.order(), c.type(), c.reason(), completeness.missing()));
        return submitted;
    }

    /** The venue's answer; a closed case releases its hold on the order's evidence. */
    public Case recordOutcome(Actor actor, CaseId id, CaseStatus outcome, BigDecimal recovered, String venueReason) {
        actor.requireWrite();
        Objects.requireNonNull(outcome, "outcome");
        Case c = get(actor, id);
        Instant now = clock.instant();
        Case decided = outcome == CaseStatus.WITHDRAWN ? c.withdrawn(now) : c.decided(outcome, recovered, venueReason, now);
        save(decided, now);
        repository.event(actor.tenant(), id, now, actor.name(), outcome.name(),
                (decided.recovered() == null ? "" : "recovered " + decided.recovered())
                        + (decided.venueReason() == null ? "" : "; venue: " + decided.venueReason()));
        if (decided.closed() && !c.shopLevel()) {
            archive.release(actor.tenant(), c.order(), holder(c));
        }
        return decided;
    }

    /** The seller's facts, position and proposed solution for the dossier. */
    public Case updateStatement(Actor actor, CaseId id, Case.Statement statement) {
        actor.requireWrite();
        Case c = get(actor, id);
        Case changed = new Case(c.id(), c.tenant(), c.shop(), c.order(), c.shipment(), c.number(), c.type(), c.reason(),
                c.market(), c.carrierCode(), c.externalRef(), c.status(), c.priority(), c.amount(), c.recovered(),
                c.venueReason(), statement, c.deadline(), c.warnedAt(), c.escalatedAt(), c.openedAt(), c.openedBy(),
                c.submittedAt(), c.closedAt(), c.version());
        Instant now = clock.instant();
        save(changed, now);
        repository.event(actor.tenant(), id, now, actor.name(), "STATEMENT", null);
        return get(actor, id);
    }

    void event(Actor actor, CaseId id, String kind, String detail) {
        repository.event(actor.tenant(), id, clock.instant(), actor.name(), kind, detail);
    }

    private void save(Case c, Instant now) {
        if (!repository.update(c, now)) {
            throw new IllegalStateException("Case " + c.number() + " was changed meanwhile; reload it");
        }
    }

    private ShipmentSnapshot shipment(Actor actor, Order order, ShipmentId requested) {
        List<ShipmentSnapshot> ofOrder = shipments.ofOrder(actor.tenant(), order.id());
        if (requested == null) {
            return ofOrder.isEmpty() ? null : ofOrder.getFirst();
        }
        return ofOrder.stream().filter(s -> s.id().equals(requested)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("shipment: not a shipment of order " + order.orderNumber()));
    }

    private static String carrier(ShipmentSnapshot s) {
        return s.carrierCode();
    }

    static String holder(Case c) {
        return "case:" + c.id();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
