package org.aftercare.returns.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.returns.ReturnPhoto;
import org.aftercare.returns.ReturnView;

/** A return request as the API shows it: its decision with the rule, the review clock and refunds. */
record ReturnResponse(UUID id, long number, UUID shop, UUID order, String market, String source, String externalId,
                      UUID ticket, String status, String comment, Instant requestedAt, Instant deliveredAt,
                      LocalDate windowLastDay, BigDecimal value, String currency, Decision decision, Instant reviewDueAt,
                      String reviewWarning, String returnShippingPaidBy, String exchangeWanted, List<Line> lines,
                      List<Refund> refunds, List<Photo> photos, ReturnView.Exchange exchange) {

    /** @param decidedAt null while a person has to decide (action NEEDS_REVIEW) */
    record Decision(String action, String rule, String reason, Instant decidedAt, String decidedBy) {
    }

    record Line(int lineNo, int orderLineNo, String sku, int quantity, String reason, BigDecimal unitValue) {
    }

    record Refund(UUID id, BigDecimal amount, String currency, String method, String status, Instant createdAt) {
    }

    /** A buyer's photo; its bytes at {@code download}. */
    record Photo(UUID id, String name, String type, int size, String sha256, String download) {
    }

    static ReturnResponse of(ReturnView r, String reviewWarning) {
        return of(r, reviewWarning, List.of());
    }

    static ReturnResponse of(ReturnView r, String reviewWarning, List<ReturnPhoto> photos) {
        return new ReturnResponse(r.id().value(), r.number(), r.shop().value(), r.order().value(), r.market(), r.source(),
                r.externalId(), r.ticket(), r.status(), r.comment(), r.requestedAt(), r.deliveredAt(), r.windowLastDay(),
                r.value().amount(), r.value().currency().getCurrencyCode(),
                new Decision(r.decision() == null ? null : r.decision().name(), r.decisionRule(), r.decisionReason(),
                        r.decidedAt(), r.decidedBy()),
                r.reviewDueAt(), reviewWarning, r.returnShippingPaidBy(), r.exchangeWanted(),
                r.lines().stream().map(l -> new Line(l.lineNo(), l.orderLineNo(), l.sku(), l.quantity(), l.reason().name(),
                        l.unitValue().amount())).toList(),
                r.refunds().stream().map(f -> new Refund(f.id(), f.amount().amount(), f.amount().currency().getCurrencyCode(),
                        f.method(), f.status(), f.createdAt())).toList(),
                photos.stream().map(p -> new Photo(p.id(), p.fileName(), p.mediaType(), p.size(), p.sha256(),
                        "/api/v1/returns/" + r.id().value() + "/photos/" + p.id())).toList(),
                r.exchange());
    }
}
