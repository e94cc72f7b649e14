package org.aftercare.returns.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.aftercare.returns.RefundTiming;
import org.aftercare.returns.ReturnId;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.shared.Money;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return warehouse receiving parcels (R5): a scan finds the return by its tracking number or
 * return number and marks it received; each line is then graded once. Refunds follow the policy's
 * timing: ON_RECEIPT queues the returned value at the scan; ON_GRADING queues the sum of the
 * refundable lines once every line is graded (nothing refundable → CLOSED). An exchange's receipt
 * records the exchange owed.
 */
@Service
public class Receiving {

    private final ReceiptRepository receipts;
    private final ReturnWarehouses warehouses;
    private final ReceivingBatches batches;
    private final GradeSettings gradeSettings;
    private final ReturnPolicies policies;
    private final Shops shops;
    private final Clock clock;

    Receiving(ReceiptRepository receipts, ReturnWarehouses warehouses, ReceivingBatches batches,
              GradeSettings gradeSettings, ReturnPolicies policies, Shops shops, Clock clock) {
        this.receipts = receipts;
        this.warehouses = warehouses;
        this.batches = batches;
        this.gradeSettings = gradeSettings;
        this.policies = policies;
        this.shops = shops;
        this.clock = clock;
    }

    /**
     * Receives the parcel a scanned code names at a warehouse, into the batch open there. Scanning a
     * received return again answers it unchanged ({@link Receipt#alreadyReceived()}).
     */
    @Transactional
    public Receipt scan(Actor actor, UUID warehouse, String code) {
        actor.requireWrite();
        if (warehouse == null) {
            throw new IllegalArgumentException("warehouse: required");
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("trackingNumber: required (or returnNumber)");
        }
        warehouses.find(actor.tenant(), warehouse)
                .orElseThrow(() -> new IllegalArgumentException("warehouse: unknown warehouse " + warehouse));
        ReturnId id = receipts.findByCode(actor.tenant(), code)
                .orElseThrow(() -> new NotFound("Return with tracking or number", code.strip()));
        ReceiptRepository.Header header = locked(actor, id);
        if (header.receivedAt() != null) {
            return receipts.load(actor.tenant(), header, true);
        }
        if (!ReturnWarehouses.AWAITING.contains(header.status())) {
            throw new ReceivingConflict("trackingNumber", "return %d is %s: no parcel is expected"
                    .formatted(header.number(), header.status()));
        }
        Instant now = clock.instant();
        String status = "RECEIVED";
        if ("EXCHANGE_PENDING".equals(header.status())) {
            receipts.insertExchange(actor.tenant(), id, header.order(), header.exchangeWanted(), now);
        }
        else if (timing(actor.tenant(), header) == RefundTiming.ON_RECEIPT) {
            Money value = receipts.load(actor.tenant(), header, false).lines().stream()
                    .map(l -> l.unitValue().times(l.quantity())).reduce(Money::plus).orElseThrow();
            receipts.queueRefund(actor.tenant(), id, header.order(), value, "RECEIPT",
                    "ON_RECEIPT: received at the warehouse", now);
            status = "REFUND_QUEUED";
        }
        receipts.markReceived(actor.tenant(), id, warehouse, batches.openBatchId(actor.tenant(), warehouse), status, now);
        return receipts.load(actor.tenant(), locked(actor, id), false);
    }

    /**
     * Grades lines of a received return, each once. All checks come first: a line graded before
     * (409) or a quantity above the returned one (400) changes nothing.
     */
    @Transactional
    public Receipt grade(Actor actor, ReturnId id, List<LineGrade> grades) {
        actor.requireWrite();
        if (grades == null || grades.isEmpty()) {
            throw new IllegalArgumentException("lines: at least one line is graded");
        }
        ReceiptRepository.Header header = locked(actor, id);
        if (header.receivedAt() == null) {
            throw new ReceivingConflict("id", "return %d has not been received: scan it first".formatted(header.number()));
        }
        Receipt before = receipts.load(actor.tenant(), header, true);
        Map<QcGrade, GradeSettings.GradeSetting> settings = gradeSettings.of(actor.tenant());
        List<Graded> checked = check(before, grades, settings);

        Instant now = clock.instant();
        for (Graded g : checked) {
            receipts.insertGrade(actor.tenant(), id, g.line().lineNo(), g.grade(), g.received(), g.damaged(), g.refund(),
                    g.notes(), actor.name(), now);
        }
        Set<Integer> gradedNow = new HashSet<>();
        checked.forEach(g -> gradedNow.add(g.line().lineNo()));
        boolean complete = before.lines().stream().allMatch(l -> l.graded() || gradedNow.contains(l.lineNo()));
        if (complete) {
            receipts.markGraded(actor.tenant(), id, statusWhenGraded(actor.tenant(), header, before, checked, now), now);
        }
        return receipts.load(actor.tenant(), locked(actor, id), false);
    }

    public Receipt get(Actor actor, ReturnId id) {
        ReceiptRepository.Header header = receipts.lock(actor.tenant(), id)
                .filter(h -> actor.serves(h.market()))
                .orElseThrow(() -> new NotFound("Return", id));
        return receipts.load(actor.tenant(), header, header.receivedAt() != null);
    }

    /** The status once every line is graded; null keeps the current one (a refund already queued at receipt). */
    private String statusWhenGraded(TenantId tenant, ReceiptRepository.Header header, Receipt before,
                                    List<Graded> gradedNow, Instant now) {
        if (before.exchange() != null || timing(tenant, header) != RefundTiming.ON_GRADING) {
            return "RECEIVED".equals(header.status()) ? "GRADED" : null;
        }
        Money total = before.lines().stream().filter(Receipt.Line::graded).map(Receipt.Line::refundAmount)
                .reduce(Money.zero(before.lines().getFirst().unitValue().currency()), Money::plus);
        for (Graded g : gradedNow) {
            total = total.plus(g.refund());
        }
        if (total.amount().signum() == 0) {
            return "CLOSED";
        }
        receipts.queueRefund(tenant, header.id(), header.order(), total, "GRADING", "ON_GRADING: refundable lines graded", now);
        return "REFUND_QUEUED";
    }

    private record Graded(Receipt.Line line, QcGrade grade, int received, int damaged, Money refund, String notes) {
    }

    private static List<Graded> check(Receipt receipt, List<LineGrade> grades,
                                      Map<QcGrade, GradeSettings.GradeSetting> settings) {
        Set<Integer> seen = new HashSet<>();
        return java.util.stream.IntStream.range(0, grades.size()).mapToObj(i -> {
            LineGrade g = grades.get(i);
            String at = "lines[" + i + "]";
            if (g == null || g.lineNo() == null) {
                throw new IllegalArgumentException(at + ".lineNo: required");
            }
            Receipt.Line line = receipt.lines().stream().filter(l -> l.lineNo() == g.lineNo()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("%s.lineNo: return %d has no line %d (it has %d)"
                            .formatted(at, receipt.number(), g.lineNo(), receipt.lines().size())));
            if (!seen.add(g.lineNo())) {
                throw new IllegalArgumentException(at + ".lineNo: line " + g.lineNo() + " is graded twice in this request");
            }
            if (line.graded()) {
                throw new ReceivingConflict(at + ".lineNo", "line %d (%s) of return %d was graded %s already; nothing changed"
                        .formatted(line.lineNo(), line.sku(), receipt.number(), line.grade()));
            }
            QcGrade grade = QcGrade.parse(at + ".grade", g.grade());
            int received = g.receivedQuantity() != null ? g.receivedQuantity() : grade == QcGrade.D ? 0 : line.quantity();
            int damaged = g.damagedQuantity() == null ? 0 : g.damagedQuantity();
            if (received < 0 || received > line.quantity()) {
                throw new IllegalArgumentException("%s.receivedQuantity: %d received, but line %d (%s) returns %d"
                        .formatted(at, received, line.lineNo(), line.sku(), line.quantity()));
            }
            if (damaged < 0 || damaged > received) {
                throw new IllegalArgumentException("%s.damagedQuantity: %d damaged, but %d received"
                        .formatted(at, damaged, received));
            }
            if (g.notes() != null && g.notes().length() > 2000) {
                throw new IllegalArgumentException(at + ".notes: at most 2000 characters");
            }
            Money unit = line.unitValue();
            BigDecimal amount = unit.amount().multiply(BigDecimal.valueOf(received))
                    .multiply(BigDecimal.valueOf(settings.get(grade).refundPercent())).movePointLeft(2)
                    .setScale(unit.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP);
            String notes = g.notes() == null || g.notes().isBlank() ? null : g.notes().strip();
            return new Graded(line, grade, received, damaged, new Money(amount, unit.currency()), notes);
        }).toList();
    }

    private ReceiptRepository.Header locked(Actor actor, ReturnId id) {
        return receipts.lock(actor.tenant(), id)
                .filter(h -> actor.serves(h.market()))
                .orElseThrow(() -> new NotFound("Return", id));
    }

    private RefundTiming timing(TenantId tenant, ReceiptRepository.Header header) {
        Shop shop = shops.find(tenant, new ShopId(header.shop())).orElseThrow();
        return policies.effective(tenant, shop, header.market()).refundTiming();
    }
}
