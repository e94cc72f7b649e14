package org.aftercare.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.Shipments;
import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accept-the-loss recommendation of a case and the agent's decision on it, recorded with the
 * figures the agent saw. Deciding to refund withdraws the case (and releases the hold); deciding to
 * fight keeps it going.
 */
@Service
public class LossDecisions {

    /** A decision as recorded. */
    public record Decision(LossAdvice.Recommendation decision, LossAdvice.Recommendation recommended, String note,
                           Instant decidedAt, String decidedBy) {
    }

    private final Cases cases;
    private final ShopCaseSettings settings;
    private final Shipments shipments;
    private final JdbcClient jdbc;
    private final Clock clock;

    LossDecisions(Cases cases, ShopCaseSettings settings, Shipments shipments, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.settings = settings;
        this.shipments = shipments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LossAdvice advice(Actor actor, Case c) {
        boolean delivered = c.shipment() != null && shipments.snapshot(c.tenant(), c.shipment())
                .map(s -> s.milestones().containsKey(Milestone.DELIVERED)).orElse(false);
        boolean proof = cases.evidence(actor, c).stream().map(EvidenceItem::kind).anyMatch(k -> k == EvidenceKind.DELIVERY_PROOF);
        CaseSettings s = settings.effective(c.tenant(), c.shop(), c.market(), c.amount().currency());
        return LossAdvice.of(c, s, delivered, proof);
    }

    /** Records the agent's decision; REFUND withdraws the case. */
    public Decision decide(Actor actor, CaseId id, LossAdvice.Recommendation decision, String note) {
        actor.requireWrite();
        if (decision == null) {
            throw new IllegalArgumentException("decision: REFUND or FIGHT");
        }
        if (note != null && note.length() > 2000) {
            throw new IllegalArgumentException("note: at most 2000 characters");
        }
        Case c = cases.get(actor, id);
        if (c.closed()) {
            throw new IllegalStateException("Case " + c.number() + " is already " + c.status());
        }
        LossAdvice advice = advice(actor, c);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into case_loss_decision (id, tenant_id, case_id, decision, recommended, cost_of_fighting,
                               cost_of_refunding, currency, note, decided_at, decided_by)
                        values (:id, :tenant, :case, :decision, :recommended, :fighting, :refunding, :currency, :note, :at, :by)
                        """)
                .param("id", UUID.randomUUID()).param("tenant", actor.tenant().value()).param("case", id.value())
                .param("decision", decision.name()).param("recommended", advice.recommendation().name())
                .param("fighting", advice.costOfFighting().amount()).param("refunding", advice.costOfRefunding().amount())
                .param("currency", c.amount().currency().getCurrencyCode()).param("note", note)
                .param("at", Timestamp.from(now)).param("by", actor.name())
                .update();
        cases.event(actor, id, "LOSS_DECISION", decision + " (recommended " + advice.recommendation() + "; fighting "
                + advice.costOfFighting() + " vs refunding " + advice.costOfRefunding() + ")" + (note == null ? "" : ": " + note));
        if (decision == LossAdvice.Recommendation.REFUND) {
            cases.recordOutcome(actor, id, CaseStatus.WITHDRAWN, null, null);
        }
        return latest(actor, id).orElseThrow();
    }

    public Optional<Decision> latest(Actor actor, CaseId id) {
        return jdbc.sql("""
                        select decision, recommended, note, decided_at, decided_by from case_loss_decision
                        where tenant_id = :tenant and case_id = :case order by decided_at desc limit 1
                        """)
                .param("tenant", actor.tenant().value()).param("case", id.value())
                .query((rs, row) -> new Decision(LossAdvice.Recommendation.valueOf(rs.getString("decision")),
                        LossAdvice.Recommendation.valueOf(rs.getString("recommended")), rs.getString("note"),
                        rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by")))
                .optional();
    }
}
