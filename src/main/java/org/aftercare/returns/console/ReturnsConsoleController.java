package org.aftercare.returns.console;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.returns.NewReturn;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnId;
import org.aftercare.returns.ReturnPhoto;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.returns.ReturnView;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The returns queue (requests waiting for a person first, earliest review deadline first) and a
 * return's page with its decision form. Decisions go through {@link ReturnRequests#decide}, which
 * checks the actor's role: anyone who writes decides a NEEDS_REVIEW request, only managers
 * override one already decided (audited).
 */
@Controller
class ReturnsConsoleController {

    static final int QUEUE_SIZE = 200;
    static final List<String> STATUSES = List.of("NEEDS_REVIEW", "AWAITING_RETURN", "REFUND_QUEUED", "COUPON_OFFERED",
            "EXCHANGE_PENDING", "REJECTED");
    static final List<ReturnAction> DECISIONS = Arrays.stream(ReturnAction.values())
            .filter(a -> a != ReturnAction.NEEDS_REVIEW).toList();

    private final ReturnRequests returns;
    private final Orders orders;
    private final Shops shops;
    private final Clock clock;

    ReturnsConsoleController(ReturnRequests returns, Orders orders, Shops shops, Clock clock) {
        this.returns = returns;
        this.orders = orders;
        this.shops = shops;
        this.clock = clock;
    }

    /** The queue's filters as the form sends them; blank means any. */
    record QueueFilter(String status, UUID shop, String market, ReturnReason reason, String source) {

        public boolean filtered() {
            return !blank(status) || shop != null || !blank(market) || reason != null || !blank(source);
        }

        static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    record QueueRow(ReturnView request, String orderNumber, String shopName, ReviewClock clock) {

        public String lines() {
            return request.lines().stream().map(l -> l.quantity() + " × " + l.sku()).collect(Collectors.joining(", "));
        }
    }

    @GetMapping("/returns")
    String queue(Actor actor, QueueFilter filter, Model model) {
        if (filter.status() != null && !filter.status().isBlank() && !STATUSES.contains(filter.status())) {
            throw new IllegalArgumentException("status: unknown " + filter.status());
        }
        Instant now = clock.instant();
        List<Shop> visible = visibleShops(actor);
        Map<ShopId, Shop> byId = visible.stream().collect(Collectors.toMap(Shop::id, Function.identity()));
        List<ReturnView> found = returns.list(actor, QueueFilter.blank(filter.status()) ? null : filter.status(),
                filter.shop() == null ? null : new ShopId(filter.shop()),
                QueueFilter.blank(filter.market()) ? null : filter.market(), filter.reason(),
                QueueFilter.blank(filter.source()) ? null : filter.source(), QUEUE_SIZE);
        Map<OrderId, String> numbers = new HashMap<>();
        List<QueueRow> rows = found.stream()
                .map(r -> new QueueRow(r, numbers.computeIfAbsent(r.order(), o -> orderNumber(actor, o)),
                        byId.containsKey(r.shop()) ? byId.get(r.shop()).name() : "",
                        ReviewClock.of(r.reviewDueAt(), returns.reviewWarning(r), r.decidedAt() != null, now)))
                .toList();
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(r -> r.clock() != null && r.clock().overdue()).count());
        model.addAttribute("dueSoon", rows.stream().filter(r -> r.clock() != null && r.clock().dueSoon()).count());
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("shops", visible);
        model.addAttribute("markets", new TreeSet<>(visible.stream().map(Shop::market).toList()));
        model.addAttribute("reasons", ReturnReason.values());
        model.addAttribute("sources", NewReturn.SOURCES);
        return "returns/queue";
    }

    /** One entry of the return's history, oldest first. */
    record HistoryEntry(Instant at, String key, String who, String detail) {
    }

    @GetMapping("/returns/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        ReturnView request = returns.get(actor, new ReturnId(id));
        Instant now = clock.instant();
        Order order = orders.find(actor.tenant(), request.order()).orElse(null);
        model.addAttribute("r", request);
        model.addAttribute("order", order);
        model.addAttribute("shop", shops.find(actor.tenant(), request.shop()).orElse(null));
        model.addAttribute("clock", ReturnsConsoleController.clock(returns, request, now));
        model.addAttribute("history", history(request));
        model.addAttribute("photos", returns.photos(actor, request.id()));
        model.addAttribute("decisions", DECISIONS);
        boolean waiting = request.decidedAt() == null;
        model.addAttribute("canDecide", actor.role().canWrite() && (waiting || actor.role().canManage()));
        model.addAttribute("override", !waiting);
        return "returns/return";
    }

    /** A buyer's photo, always as a download: never rendered by the browser. */
    @GetMapping("/returns/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable UUID id, @PathVariable UUID photo) {
        ReturnPhoto.Content file = returns.photo(actor, new ReturnId(id), photo)
                .orElseThrow(() -> new NotFound("Photo", photo));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.content());
    }

    @PostMapping("/returns/{id}/decision")
    String decide(Actor actor, @PathVariable UUID id, @RequestParam(required = false) ReturnAction action,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String amount,
                  RedirectAttributes redirect) {
        actor.requireWrite();
        try {
            returns.decide(actor, new ReturnId(id), action, reason, amount(amount));
            redirect.addFlashAttribute("decided", true);
        }
        catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("decisionError", invalid.getMessage());
            redirect.addFlashAttribute("field", field(invalid.getMessage()));
            redirect.addFlashAttribute("chosenAction", action);
            redirect.addFlashAttribute("chosenReason", reason);
            redirect.addFlashAttribute("chosenAmount", amount);
        }
        return "redirect:/returns/" + id;
    }

    static ReviewClock clock(ReturnRequests returns, ReturnView request, Instant now) {
        return ReviewClock.of(request.reviewDueAt(), returns.reviewWarning(request), request.decidedAt() != null, now);
    }

    /** The field an error names ("amount: must be …" → amount). */
    static String field(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        return colon > 0 ? message.substring(0, colon) : null;
    }

    private static BigDecimal amount(String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.strip().replace(',', '.'));
        }
        catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("amount: not a number: " + amount.strip());
        }
    }

    private static List<HistoryEntry> history(ReturnView r) {
        List<HistoryEntry> entries = new java.util.ArrayList<>();
        entries.add(new HistoryEntry(r.requestedAt(), "returns.console.history.requested", r.source(), r.externalId()));
        if (r.decidedAt() != null) {
            entries.add(new HistoryEntry(r.decidedAt(), "returns.console.history.decided", r.decidedBy(),
                    r.decisionRule()));
        }
        r.refunds().forEach(f -> entries.add(new HistoryEntry(f.createdAt(), "returns.console.history.refund." + f.status(),
                f.method(), f.amount().toString())));
        entries.sort(java.util.Comparator.comparing(HistoryEntry::at));
        return entries;
    }

    private String orderNumber(Actor actor, OrderId order) {
        return orders.find(actor.tenant(), order).map(Order::orderNumber).orElse("");
    }

    private List<Shop> visibleShops(Actor actor) {
        return shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
    }
}
