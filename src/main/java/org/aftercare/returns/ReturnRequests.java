package org.aftercare.returns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.returns.requests.ReturnRepository;
import org.aftercare.returns.rules.ReturnCase;
import org.aftercare.returns.rules.ReturnRules;
import org.aftercare.shared.Money;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers' return requests: submitted by the API, the desk or the platform, checked, decided by
 * {@link ReturnRules} under the shop's {@link ReturnPolicy}, and stored with the rule that decided.
 * Submitting is idempotent on (source, external id). A bad request changes nothing and says which
 * field is wrong.
 */
@Service
public class ReturnRequests {

    private final ReturnRepository repository;
    private final ReturnPolicies policies;
    private final Orders orders;
    private final Shops shops;
    private final Shipments shipments;
    private final AuditLog audit;
    private final ReturnsProperties properties;
    private final Clock clock;

    ReturnRequests(ReturnRepository repository, ReturnPolicies policies, Orders orders, Shops shops, Shipments shipments,
                   AuditLog audit, ReturnsProperties properties, Clock clock) {
        this.repository = repository;
        this.policies = policies;
        this.orders = orders;
        this.shops = shops;
        this.shipments = shipments;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    public enum Result {
        /** Stored and decided now. */
        CREATED,
        /** The same request (source, external id and lines) was stored before; nothing changed. */
        UNCHANGED,
        /** The source's id is taken by a request with other lines; nothing changed. */
        CONFLICT
    }

    /** What became of a submitted request: the stored request (the earlier one unless CREATED). */
    public record Submission(ReturnView request, Result result) {
    }

    /** For the API: as {@link #submit(TenantId, NewReturn)}, within the actor's markets. */
    @Transactional
    public Submission submit(Actor actor, NewReturn request) {
        actor.requireWrite();
        Shop shop = shop(actor.tenant(), request.shop());
        if (!actor.serves(shop.market())) {
            throw new IllegalArgumentException("shop: unknown shop " + request.shop());
        }
        return submit(actor.tenant(), request);
    }

    /** For the desk and the platform connector: submits a return request of one of the tenant's shops. */
    @Transactional
    public Submission submit(TenantId tenant, NewReturn request) {
        requireWellFormed(request);
        List<AttachmentCheck.Accepted> photos = checkedPhotos(request.photos());
        Shop shop = shop(tenant, request.shop());
        Order order = order(tenant, shop, request);
        repository.lockOrder(order.id());

        if (request.externalId() != null) {
            Optional<ReturnView> earlier = repository.findByExternalId(tenant, request.source(), request.externalId());
            if (earlier.isPresent()) {
                return new Submission(earlier.get(), sameLines(earlier.get(), request) ? Result.UNCHANGED : Result.CONFLICT);
            }
        }
        String currency = order.total().currency().getCurrencyCode();
        if (request.refundCurrency() != null && !request.refundCurrency().strip().equalsIgnoreCase(currency)) {
            throw new IllegalArgumentException("refundCurrency: %s differs from the order's currency %s"
                    .formatted(request.refundCurrency().strip(), currency));
        }
        Instant now = clock.instant();
        Instant requestedAt = request.requestedAt() == null ? now : request.requestedAt();
        if (requestedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new IllegalArgumentException("requestedAt: " + requestedAt + " is in the future");
        }
        if (requestedAt.isBefore(order.placedAt())) {
            throw new IllegalArgumentException("requestedAt: before the order was placed (" + order.placedAt() + ")");
        }
        List<ReturnView.Line> lines = lines(tenant, order, request.lines());

        ReturnPolicy policy = policies.effective(tenant, shop);
        ZoneId zone = shop.zone();
        Instant deliveredAt = deliveredAt(tenant, order);
        LocalDate deliveredOn = deliveredAt == null ? null : deliveredAt.atZone(zone).toLocalDate();
        LocalDate requestedOn = requestedAt.atZone(zone).toLocalDate();
        LocalDate lastDay = deliveredOn == null ? null : policy.lastDay(deliveredOn);
        boolean platformRequest = "TIKTOK_SHOP".equals(request.source());
        if (lastDay != null && requestedOn.isAfter(lastDay) && !platformRequest) {
            throw new ReturnRefused("OUTSIDE_WINDOW", deliveredOn, policy.windowDays(), lastDay, requestedOn);
        }

        int[] history = repository.history(tenant, order.buyer() == null ? null : order.buyer().id(), requestedAt);
        ReturnCase returnCase = new ReturnCase(shop.market(), order.total(),
                lines.stream().map(l -> new ReturnCase.Item(l.sku(), l.unitValue(), l.quantity(), l.reason())).toList(),
                deliveredOn, requestedOn, history[0], history[1]);
        Decision decision = ReturnRules.decide(returnCase, policy);

        ReturnId id = new ReturnId(UUID.randomUUID());
        ReturnRepository.Pending pending = new ReturnRepository.Pending(id, tenant, shop.id(), order.id(),
                order.buyer() == null ? null : order.buyer().id(), shop.market(), request.source(), request.externalId(),
                request.ticket(), blankToNull(request.comment()), requestedAt, deliveredAt, lastDay, decision,
                decision.action() == ReturnAction.NEEDS_REVIEW ? null : now,
                reviewDueAt(shop, requestedAt, returnCase.value()),
                policy.returnShippingPaidBy(lines.stream().map(ReturnView.Line::reason).toList()),
                blankToNull(request.exchangeWanted()), lines);
        if (!repository.insert(pending, now)) {
            ReturnView winner = repository.findByExternalId(tenant, request.source(), request.externalId()).orElseThrow();
            return new Submission(winner, sameLines(winner, request) ? Result.UNCHANGED : Result.CONFLICT);
        }
        repository.insertPhotos(tenant, id, photos, request.source(), now);
        if (decision.action().refundsNow()) {
            repository.queueRefund(tenant, id, order.id(), decision.amount(), decision.rule() + ": " + decision.reason(), now);
        }
        else if (refundsOnApproval(decision.action(), policy)) {
            repository.queueRefund(tenant, id, order.id(), returnCase.value(),
                    decision.rule() + ": refunded on approval (the shop's refund timing)", now);
        }
        return new Submission(repository.find(tenant, id).orElseThrow(), Result.CREATED);
    }

    public ReturnView get(Actor actor, ReturnId id) {
        return repository.find(actor.tenant(), id)
                .filter(r -> actor.serves(r.market()))
                .orElseThrow(() -> new NotFound("Return", id));
    }

    /** The buyer's photos sent with the request. */
    public List<ReturnPhoto> photos(Actor actor, ReturnId id) {
        get(actor, id);
        return repository.photos(actor.tenant(), id);
    }

    /** One of the buyer's photos with its bytes, if the request has it. */
    public Optional<ReturnPhoto.Content> photo(Actor actor, ReturnId id, UUID photo) {
        get(actor, id);
        return repository.photo(actor.tenant(), id, photo);
    }

    public Optional<ReturnView> find(TenantId tenant, ReturnId id) {
        return repository.find(tenant, id);
    }

    /** Requests by status (all when null); those waiting for a person first, by review deadline. */
    public List<ReturnView> list(Actor actor, String status, ShopId shop, int limit) {
        return repository.list(actor.tenant(), status, shop, actor.markets(), Math.clamp(limit, 1, 500));
    }

    /** The queue with its filters applied in the database (market, a line's reason, source). */
    public List<ReturnView> list(Actor actor, String status, ShopId shop, String market, ReturnReason reason, String source,
                                 int limit) {
        return repository.list(actor.tenant(), status, shop, actor.markets(), market,
                reason == null ? null : reason.name(), source, Math.clamp(limit, 1, 500));
    }

    /**
     * A person's decision. A request waiting for review (NEEDS_REVIEW) is decided by anyone who may
     * write; changing a decision already taken is a manager's override and goes to the audit log.
     * Refunds not paid yet are cancelled and the new decision's refund queued.
     *
     * @param amount the partial refund or coupon; by the policy's percentage when null
     */
    @Transactional
    public ReturnView decide(Actor actor, ReturnId id, ReturnAction action, String reason, BigDecimal amount) {
        actor.requireWrite();
        ReturnView request = get(actor, id);
        if (action == null) {
            throw new IllegalArgumentException("action: required, one of APPROVE_RETURN, RETURNLESS_REFUND, PARTIAL_REFUND, "
                    + "COUPON, EXCHANGE, REJECT");
        }
        if (action == ReturnAction.NEEDS_REVIEW) {
            throw new IllegalArgumentException("action: NEEDS_REVIEW is not a decision");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: required, in words the buyer's case can be explained with");
        }
        boolean override = request.decidedAt() != null;
        if (override) {
            actor.requireManage();
        }
        Money value = request.value();
        Money refund = switch (action) {
            case RETURNLESS_REFUND -> amount == null ? value : amountWithin(amount, value);
            case PARTIAL_REFUND, COUPON -> amount == null ? percentOf(value, actor.tenant(), request) : amountWithin(amount, value);
            default -> {
                if (amount != null) {
                    throw new IllegalArgumentException("amount: only for RETURNLESS_REFUND, PARTIAL_REFUND or COUPON");
                }
                yield null;
            }
        };
        if (!repository.cancelQueuedRefunds(actor.tenant(), id)) {
            throw new IllegalArgumentException("action: a refund of this return was paid already; it cannot be decided again");
        }
        Instant now = clock.instant();
        String rule = override ? "MANAGER_OVERRIDE" : "AGENT_REVIEW";
        Decision decision = new Decision(action, rule, reason.strip(), refund);
        repository.decide(actor.tenant(), id, decision, actor.name(), now);
        if (action.refundsNow()) {
            repository.queueRefund(actor.tenant(), id, request.order(), refund, rule + ": " + reason.strip(), now);
        }
        else if (refundsOnApproval(action, policies.effective(actor.tenant(), shop(actor.tenant(), request.shop()),
                request.market()))) {
            repository.queueRefund(actor.tenant(), id, request.order(), value,
                    rule + ": refunded on approval (the shop's refund timing)", now);
        }
        if (override) {
            audit.record(actor, "return.override", "return:" + id,
                    "%s (%s) → %s: %s".formatted(request.decision(), request.decisionRule(), action, reason.strip()));
        }
        return repository.find(actor.tenant(), id).orElseThrow();
    }

    /** OVERDUE or DUE_SOON for a request still waiting for a person; null otherwise. */
    public String reviewWarning(ReturnView request) {
        if (request.decidedAt() != null || request.reviewDueAt() == null) {
            return null;
        }
        Instant now = clock.instant();
        if (!now.isBefore(request.reviewDueAt())) {
            return "OVERDUE";
        }
        return now.plus(properties.reviewWarningBefore()).isBefore(request.reviewDueAt()) ? null : "DUE_SOON";
    }

    /** When the platform approves the request by itself: business days in the market's calendar. */
    Instant reviewDueAt(Shop shop, Instant requestedAt, Money value) {
        int days = properties.reviewBusinessDays(shop.market(),
                properties.limits().get(value.currency().getCurrencyCode()), value.amount());
        return BusinessCalendar.of(shop.market(), shop.zone()).plusBusinessDays(requestedAt, days);
    }

    /** A shop that refunds when it approves a return (not when the item arrives or is graded). */
    private static boolean refundsOnApproval(ReturnAction action, ReturnPolicy policy) {
        return action == ReturnAction.APPROVE_RETURN && policy.refundTiming() == RefundTiming.ON_APPROVAL;
    }

    private Money percentOf(Money value, TenantId tenant, ReturnView request) {
        Shop shop = shop(tenant, request.shop());
        int percent = policies.effective(tenant, shop, request.market()).partialRefundPercent();
        return new Money(value.amount().multiply(BigDecimal.valueOf(percent)).movePointLeft(2), value.currency());
    }

    private static Money amountWithin(BigDecimal amount, Money value) {
        if (amount.signum() <= 0 || amount.compareTo(value.amount()) > 0) {
            throw new IllegalArgumentException("amount: must be above 0 and at most the returned value " + value);
        }
        return new Money(amount, value.currency());
    }

    private Shop shop(TenantId tenant, ShopId shop) {
        return shops.find(tenant, shop).orElseThrow(() -> new IllegalArgumentException("shop: unknown shop " + shop));
    }

    private Order order(TenantId tenant, Shop shop, NewReturn request) {
        Optional<Order> order = request.order() != null
                ? orders.find(tenant, request.order())
                : orders.findByNumber(tenant, shop.id(), request.orderNumber().strip());
        return order.filter(o -> o.shop().equals(shop.id()))
                .orElseThrow(() -> new IllegalArgumentException(request.order() != null
                        ? "order: unknown order " + request.order() + " in shop " + shop.name()
                        : "orderNumber: unknown order " + request.orderNumber().strip() + " in shop " + shop.name()));
    }

    /** The request's lines priced from the order, after checking each against what is left to return. */
    private List<ReturnView.Line> lines(TenantId tenant, Order order, List<NewReturn.Line> requested) {
        Map<Integer, Order.Line> ordered = order.lines().stream()
                .collect(Collectors.toMap(Order.Line::lineNo, Function.identity()));
        Map<Integer, Integer> returned = repository.returnedQuantities(tenant, order.id());
        Map<Integer, Integer> inThisRequest = new HashMap<>();
        List<ReturnView.Line> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewReturn.Line line = requested.get(i);
            Order.Line orderLine = ordered.get(line.orderLineNo());
            if (orderLine == null) {
                throw new IllegalArgumentException("lines[%d].orderLineNo: order %s has no line %d (it has %d)"
                        .formatted(i, order.orderNumber(), line.orderLineNo(), order.lines().size()));
            }
            int already = returned.getOrDefault(line.orderLineNo(), 0);
            int asked = inThisRequest.merge(line.orderLineNo(), line.quantity(), Integer::sum);
            if (asked > orderLine.quantity() - already) {
                throw new IllegalArgumentException(("lines[%d].quantity: %d requested, %d left to return of line %d (%s): "
                        + "%d ordered, %d in earlier returns").formatted(i, asked, Math.max(orderLine.quantity() - already, 0),
                        line.orderLineNo(), orderLine.sku(), orderLine.quantity(), already));
            }
            lines.add(new ReturnView.Line(i + 1, line.orderLineNo(), orderLine.sku(), line.quantity(), line.reason(),
                    orderLine.unitPrice()));
        }
        return lines;
    }

    /** The latest delivery among the order's parcels: the window counts from when the buyer had everything. */
    private Instant deliveredAt(TenantId tenant, Order order) {
        return shipments.ofOrder(tenant, order.id()).stream()
                .map(s -> s.milestones().get(Milestone.DELIVERED))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static boolean sameLines(ReturnView stored, NewReturn request) {
        Map<String, Integer> storedLines = new HashMap<>();
        stored.lines().forEach(l -> storedLines.merge(l.orderLineNo() + "/" + l.reason(), l.quantity(), Integer::sum));
        Map<String, Integer> incoming = new HashMap<>();
        request.lines().forEach(l -> incoming.merge(l.orderLineNo() + "/" + l.reason(), l.quantity(), Integer::sum));
        return storedLines.equals(incoming);
    }

    /** Every photo checked before anything is stored; the first refused one is named with the reason. */
    private List<AttachmentCheck.Accepted> checkedPhotos(List<NewReturn.Photo> photos) {
        require(photos.size() <= properties.photosPerRequest(), "photos: %d sent, at most %d per request"
                .formatted(photos.size(), properties.photosPerRequest()));
        AttachmentCheck check = properties.photoCheck();
        List<AttachmentCheck.Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            NewReturn.Photo photo = photos.get(i);
            require(photo != null, "photos[%d]: required".formatted(i));
            AttachmentCheck.Verdict verdict = check.check(photo.fileName(), photo.contentType(), photo.content());
            if (verdict.refused()) {
                throw new IllegalArgumentException("photos[%d]: %s".formatted(i, verdict.refusal()));
            }
            accepted.add(verdict.accepted());
        }
        return accepted;
    }

    private static void requireWellFormed(NewReturn request) {
        require(request.shop() != null, "shop: required");
        require(request.order() != null || (request.orderNumber() != null && !request.orderNumber().isBlank()),
                "order: required (the order's id, or orderNumber)");
        require(request.source() != null && NewReturn.SOURCES.contains(request.source()),
                "source: must be one of " + String.join(", ", NewReturn.SOURCES));
        require(request.externalId() == null || !request.externalId().isBlank(), "externalId: must not be blank");
        require(request.lines() != null && !request.lines().isEmpty(), "lines: at least one line is returned");
        for (int i = 0; i < request.lines().size(); i++) {
            NewReturn.Line line = request.lines().get(i);
            require(line != null, "lines[%d]: required".formatted(i));
            require(line.quantity() > 0, "lines[%d].quantity: must be positive".formatted(i));
            require(line.reason() != null, "lines[%d].reason: required, one of %s".formatted(i,
                    java.util.Arrays.toString(ReturnReason.values())));
        }
        require(request.comment() == null || request.comment().length() <= 4000, "comment: at most 4000 characters");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
