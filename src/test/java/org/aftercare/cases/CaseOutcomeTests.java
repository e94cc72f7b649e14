package org.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outcomes and what follows from them: win and recovery rates, the accept-the-loss decision, the
 * deadline sweep, a shop's own checklist, the account-health record, and bad input named by field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class CaseOutcomeTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired Cases cases;
    @Autowired CaseRates rates;
    @Autowired LossDecisions losses;
    @Autowired DeadlineSweep sweep;
    @Autowired AccountHealthRecord health;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;
    Actor agent;
    Actor manager;

    @BeforeEach
    void aSeller() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        agent = new Actor("agent@test", seller.owner(), seller.id(), Role.AGENT, Set.of());
        manager = new Actor("manager@test", seller.owner(), seller.id(), Role.MANAGER, Set.of());
    }

    @Test
    void winAndRecoveryRatesPerTypeReasonCarrierAndMarket() {
        Instant from = clock.instant().minusSeconds(1);
        decided(CaseType.CARRIER_CLAIM, CaseReason.LOST, "40.00", CaseStatus.APPROVED, null);
        decided(CaseType.CARRIER_CLAIM, CaseReason.LOST, "40.00", CaseStatus.PARTIALLY_APPROVED, "10.00");
        decided(CaseType.CARRIER_CLAIM, CaseReason.LOST, "40.00", CaseStatus.REJECTED, null);
        decided(CaseType.PLATFORM_DISPUTE, CaseReason.DAMAGED, "80.00", CaseStatus.APPROVED, null);
        decided(CaseType.PLATFORM_DISPUTE, CaseReason.DAMAGED, "80.00", CaseStatus.WITHDRAWN, null);

        List<CaseRates.Rate> all = rates.of(agent, from, clock.instant().plusSeconds(1));

        CaseRates.Rate claims = rate(all, CaseRates.Dimension.TYPE, "CARRIER_CLAIM");
        assertThat(claims.decided()).isEqualTo(3);
        assertThat(claims.won()).isEqualTo(2);
        assertThat(claims.winRate()).isEqualByComparingTo("0.6667");
        // (1 + 0.25 + 0) / 3
        assertThat(claims.recoveryRate()).isEqualByComparingTo("0.4167");
        CaseRates.Rate disputes = rate(all, CaseRates.Dimension.REASON, "PLATFORM_DISPUTE/DAMAGED");
        assertThat(disputes.decided()).as("a withdrawn case is not decided").isEqualTo(1);
        assertThat(disputes.winRate()).isEqualByComparingTo("1");
        assertThat(rate(all, CaseRates.Dimension.CARRIER, "YUNEXPRESS").cases()).isEqualTo(5);
        assertThat(rate(all, CaseRates.Dimension.MARKET, "US").winRate()).isEqualByComparingTo("0.75");
        assertThat(rate(all, CaseRates.Dimension.ALL, "").cases()).isEqualTo(5);
    }

    @Test
    void belowTheThresholdWithLiabilityUnclearRefundingIsRecommendedAndTheAgentsDecisionRecorded() {
        Case dnr = cases.open(agent, new NewCase(order(parcels.delivered(seller.shop(), "YUNEXPRESS"), "18.00"), null,
                CaseType.DELIVERED_NOT_RECEIVED, CaseReason.DELIVERED_NOT_RECEIVED, null, null, null, null));

        LossAdvice advice = losses.advice(agent, dnr);
        assertThat(advice.recommendation()).isEqualTo(LossAdvice.Recommendation.REFUND);
        assertThat(advice.unclearLiability()).isTrue();
        assertThat(advice.costOfFighting()).isEqualTo(Money.of("40.80", "USD"));

        LossDecisions.Decision decision = losses.decide(agent, dnr.id(), LossAdvice.Recommendation.REFUND, "Not worth it");

        assertThat(decision.decidedBy()).isEqualTo("agent@test");
        assertThat(decision.recommended()).isEqualTo(LossAdvice.Recommendation.REFUND);
        assertThat(cases.get(agent, dnr.id()).status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(cases.history(agent, dnr.id())).extracting(CaseEvent::kind).contains("LOSS_DECISION", "WITHDRAWN");
        assertThat(jdbc.sql("select count(*) from evidence_hold where order_id = :o").param("o", dnr.order().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSweepWarnsThenEscalatesOnceEach() {
        Case dispute = cases.open(agent, new NewCase(order(parcels.delivered(seller.shop(), "YUNEXPRESS"), "60.00"), null,
                CaseType.PLATFORM_APPEAL, CaseReason.LOGISTICS_PENALTY, null, null, null, null));
        Instant warnAt = dispute.deadline().warnAt();
        Instant escalateAt = dispute.deadline().escalateAt();

        clock.advance(Duration.between(clock.instant(), warnAt).plusMinutes(1));
        sweep.sweep();
        assertThat(cases.get(agent, dispute.id()).priority()).isEqualTo(Case.Priority.HIGH);
        assertThat(sweep.sweep().warned()).isZero();

        clock.advance(Duration.between(clock.instant(), escalateAt).plusMinutes(1));
        sweep.sweep();
        Case escalated = cases.get(agent, dispute.id());
        assertThat(escalated.priority()).isEqualTo(Case.Priority.URGENT);
        assertThat(escalated.escalatedAt()).isNotNull();
        assertThat(sweep.sweep().escalated()).isZero();
        assertThat(cases.history(agent, dispute.id())).extracting(CaseEvent::kind)
                .containsSubsequence("DEADLINE_WARNING", "DEADLINE_ESCALATED");
    }

    @Test
    void aShopsOwnChecklistAppliesToItsCasesAndManagersAloneChangeIt() throws Exception {
        String body = """
                {"required": ["ORDER_RECORD", "TRACKING_TRAIL"], "optional": ["LABEL_PHOTO"]}""";
        mvc.perform(put("/api/v1/cases/checklists/" + seller.shop().id() + "/CARRIER_CLAIM/LATE")
                        .header("Authorization", seller.bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        String managerToken = "Bearer " + tenants.issueApiToken(seller.id(), "manager", Role.MANAGER, seller.owner());
        mvc.perform(put("/api/v1/cases/checklists/" + seller.shop().id() + "/CARRIER_CLAIM/LATE")
                        .header("Authorization", managerToken).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shopOwn").value(true));

        Case late = cases.open(agent, new NewCase(order(parcels.delivered(seller.shop(), "YUNEXPRESS"), "30.00"), null,
                CaseType.CARRIER_CLAIM, CaseReason.LATE, null, null, null, null));

        assertThat(cases.completeness(agent, late).complete()).isTrue();
        assertThat(cases.submit(agent, late.id(), null).status()).isEqualTo(CaseStatus.SUBMITTED);

        mvc.perform(put("/api/v1/cases/checklists/" + seller.shop().id() + "/CARRIER_CLAIM/LATE")
                        .header("Authorization", managerToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"required\": [], \"optional\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.startsWith("required:")));
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        OrderId order = order(parcels.delivered(seller.shop(), "YUNEXPRESS"), "30.00");
        open("{\"order\": \"%s\", \"type\": \"CARRIER_CLAIM\", \"reason\": \"QUALITY\"}".formatted(order))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("reason:")));
        open("{\"order\": \"%s\", \"type\": \"CARRIER_CLAIM\", \"reason\": \"LOST\", \"amount\": -1}".formatted(order))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("amount:")));
        open("{\"type\": \"CARRIER_CLAIM\", \"reason\": \"LOST\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("order:")));
        open("{\"order\": \"%s\", \"type\": \"CARRIER_CLAIM\", \"reason\": \"LOST\", \"windowStartsAt\": \"%s\"}"
                .formatted(order, clock.instant().plus(Duration.ofDays(2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("windowStartsAt:")));
        open("{\"order\": \"%s\", \"type\": \"CARRIER_CLAIM\", \"reason\": \"LOST\"}".formatted(UUID.randomUUID()))
                .andExpect(status().isNotFound());

        Case claim = cases.open(agent, new NewCase(order, null, CaseType.CARRIER_CLAIM, CaseReason.LOST, null, null, null, null));
        mvc.perform(post("/api/v1/cases/" + claim.id() + "/outcome").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"APPROVED\"}"))
                .andExpect(status().isConflict());
        cases.submit(manager, claim.id(), "test");
        mvc.perform(post("/api/v1/cases/" + claim.id() + "/outcome").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"REJECTED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("venueReason:")));
        mvc.perform(get("/api/v1/cases/" + claim.id()).header("Authorization",
                        TestTenant.create(tenants, shops, "US", Role.AGENT).bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAccountHealthRecordListsNoticesOffersAndClaimsWonInThePeriod() throws Exception {
        Instant from = clock.instant().minus(Duration.ofDays(1));
        decided(CaseType.CARRIER_CLAIM, CaseReason.LOST, "40.00", CaseStatus.APPROVED, null);
        OrderId order = order(parcels.delivered(seller.shop(), "YUNEXPRESS"), "30.00");
        sentNotice(order, clock.instant().minus(Duration.ofHours(2)));
        sentNotice(order, from.minus(Duration.ofDays(3)));
        grantedOffer(order, clock.instant().minus(Duration.ofHours(1)));

        AccountHealthRecord.Figures figures = health.figures(agent, from, clock.instant().plusSeconds(1));
        assertThat(figures.overall().won()).isEqualTo(1);
        assertThat(figures.noticesSent()).containsExactly(java.util.Map.entry(org.aftercare.outreach.Scenario.DELAY_NOTICE, 1));
        assertThat(figures.offersGranted()).containsExactly(java.util.Map.entry(org.aftercare.remedies.OfferKind.COUPON, 1));

        for (String language : List.of("en", "zh")) {
            byte[] pdf = health.pdf(agent, from, clock.instant().plusSeconds(1), language);
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains(language.equals("en") ? "Claims, disputes and appeals" : "索赔、纠纷与申诉");
                assertThat(text).contains(language.equals("en") ? "Carrier claim" : "承运商索赔");
                assertThat(text).contains(language.equals("en") ? "Notices sent to buyers" : "已发送给买家的通知");
                assertThat(text).contains("DELAY_NOTICE", "COUPON");
            }
        }
        assertThatThrownBy(() -> health.figures(agent, clock.instant(), from)).hasMessageStartingWith("from:");
    }

    /** A delay notice the outbox sent at {@code at}. */
    void sentNotice(OrderId order, Instant at) {
        jdbc.sql("""
                insert into notice (id, tenant_id, shop_id, order_id, send_key, scenario, channel, language, subject, body,
                                    status, created_at, created_by, sent_at)
                values (:id, :tenant, :shop, :order, :key, 'DELAY_NOTICE', 'EMAIL', 'en', 'Your parcel', 'It is late.',
                        'SENT', :at, 'test', :at)
                """)
                .param("id", UUID.randomUUID()).param("tenant", seller.id().value()).param("shop", seller.shop().id().value())
                .param("order", order.value()).param("key", "manual:" + UUID.randomUUID())
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    /** A coupon an agent granted at {@code at}. */
    void grantedOffer(OrderId order, Instant at) {
        jdbc.sql("""
                insert into offer (id, tenant_id, shop_id, market, order_id, order_number, tier, kind, amount, currency,
                                   reason, state, proposed_by, proposed_at, expires_at, decided_by, decided_at)
                values (:id, :tenant, :shop, 'US', :order, 'N-1', 'T1', 'COUPON', 5, 'USD', 'late', 'GRANTED', 'test',
                        :at, :at, 'test', :at)
                """)
                .param("id", UUID.randomUUID()).param("tenant", seller.id().value()).param("shop", seller.shop().id().value())
                .param("order", order.value()).param("at", java.sql.Timestamp.from(at)).update();
    }

    org.springframework.test.web.servlet.ResultActions open(String json) throws Exception {
        return mvc.perform(post("/api/v1/cases").header("Authorization", seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    void decided(CaseType type, CaseReason reason, String amount, CaseStatus outcome, String recovered) {
        Case c = cases.open(agent, new NewCase(order(parcels.lost(seller.shop(), "YUNEXPRESS"), amount), null, type, reason,
                null, null, null, null));
        if (outcome == CaseStatus.WITHDRAWN) {
            cases.recordOutcome(agent, c.id(), outcome, null, null);
            return;
        }
        cases.submit(manager, c.id(), "test data");
        cases.recordOutcome(agent, c.id(), outcome, recovered == null ? null : new BigDecimal(recovered),
                outcome == CaseStatus.REJECTED ? "No proof of value" : null);
    }

    static CaseRates.Rate rate(List<CaseRates.Rate> all, CaseRates.Dimension dimension, String key) {
        return all.stream().filter(r -> r.dimension() == dimension && r.key().equals(key)).findFirst().orElseThrow();
    }

    OrderId order(ShipmentId parcel, String total) {
        String number = "OUT-" + UUID.randomUUID().toString().substring(0, 8);
        OrderId order = orders.create(agent, new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of(total, "USD"), 1, false)), "API")).order();
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
        return order;
    }
}
