package org.aftercare.returns.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.returns.ReturnId;
import org.aftercare.shared.Money;

/**
 * A return as the warehouse sees it: its lines to grade (with the grade once given), its refunds
 * and, for an exchange, the exchange owed.
 *
 * @param alreadyReceived the scan found the return received before; nothing changed
 */
public record Receipt(ReturnId id, long number, String status, String decision, String market, String trackingNumber,
                      UUID warehouse, UUID batch, Instant receivedAt, Instant gradedAt, boolean alreadyReceived,
                      List<Line> lines, List<Refund> refunds, Exchange exchange) {

    /** @param grade null until graded */
    public record Line(int lineNo, String sku, int quantity, String reason, Money unitValue, QcGrade grade,
                       Integer receivedQuantity, Integer damagedQuantity, Money refundAmount, String notes, int photos) {

        public boolean graded() {
            return grade != null;
        }
    }

    /** @param trigger RECEIPT or GRADING for refunds queued by the warehouse; null for the decision's own */
    public record Refund(UUID id, Money amount, String status, String trigger, Instant createdAt) {
    }

    public record Exchange(UUID id, String wanted, String newOrderNumber, String status) {
    }

    public boolean fullyGraded() {
        return lines.stream().allMatch(Line::graded);
    }

    /** The first line still to grade, or null. */
    public Line nextToGrade() {
        return lines.stream().filter(l -> !l.graded()).findFirst().orElse(null);
    }

    public Refund queuedRefund() {
        return refunds.stream().filter(r -> r.status().equals("QUEUED")).reduce((a, b) -> b).orElse(null);
    }
}
