package org.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Return requests through the API against a real order and a delivered parcel: decisions with
 * their rule, refunds queued, the review queue and clock, bad input, idempotency and isolation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class ReturnApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired ReturnRequests returnRequests;

    TestTenant seller;
    String agent;
    String manager;
    OrderId order;

    @BeforeEach
    void aDeliveredOrder() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        agent = seller.bearer();
        manager = "Bearer " + tenants.issueApiToken(seller.id(), "manager", Role.MANAGER, seller.owner());
        order = deliveredOrder(seller, "US-" + UUID.randomUUID().toString().substring(0, 8), "USD", Duration.ofDays(3));
    }

    /** An order of a tee (12.00 × 2) and a jacket (80.00), its parcel delivered {@code ago}. */
    OrderId deliveredOrder(TestTenant tenant, String number, String currency, Duration ago) {
        return deliveredOrder(tenant, number, currency, ago, "buyer-" + number);
    }

    OrderId deliveredOrder(TestTenant tenant, String number, String currency, Duration ago, String buyer) {
        Actor actor = new Actor("test", tenant.owner(), tenant.id(), Role.OWNER, Set.of());
        OrderId id = orders.create(actor, new NewOrder(tenant.shop().id(), number, clock.instant().minus(ago).minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer(buyer, "Sam Buyer", "sam@example.com", null, tenant.shop().market(), "en", null),
                List.of(new NewOrder.Line("TEE-RED-M", "Red tee", Money.of("12.00", currency), 2, false),
                        new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of("80.00", currency), 1, false)),
                "API")).order();
        if (ago != null) {
            ShipmentId parcel = parcels.shippedHoursAgo(tenant.shop(), "YUNEXPRESS", ago.toHours() + 24 * 9);
            parcels.scan(tenant.shop(), parcel, "YUNEXPRESS", clock.instant().minus(ago), "Brooklyn, NY, US",
                    "Delivered, front door", TrackingStatus.Delivered, null, Milestone.DELIVERED);
            jdbc.sql("update shipment set order_id = :order where id = :id")
                    .param("order", id.value()).param("id", parcel.value()).update();
        }
        return id;
    }

    ResultActions submit(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/returns").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String request(String lines) {
        return request(order, lines, "");
    }

    String request(OrderId order, String lines, String more) {
        return """
                {"shop": "%s", "order": "%s", "comment": "Not what I expected" %s, "lines": [%s]}
                """.formatted(seller.shop().id(), order, more, lines);
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :tenant")
                .param("tenant", seller.id().value()).query(Long.class).single();
    }

    @Test
    void aLowValueDamagedItemIsRefundedAndKept() throws Exception {
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REFUND_QUEUED"))
                .andExpect(jsonPath("$.decision.action").value("RETURNLESS_REFUND"))
                .andExpect(jsonPath("$.decision.rule").value("LOW_VALUE_KEEP_ITEM"))
                .andExpect(jsonPath("$.decision.reason").value(containsString("12.00 USD")))
                .andExpect(jsonPath("$.decision.decidedBy").value("rules"))
                .andExpect(jsonPath("$.returnShippingPaidBy").value("SELLER"))
                .andExpect(jsonPath("$.refunds[0].amount").value(12.0))
                .andExpect(jsonPath("$.refunds[0].currency").value("USD"))
                .andExpect(jsonPath("$.refunds[0].status").value("QUEUED"))
                .andExpect(jsonPath("$.lines[0].sku").value("TEE-RED-M"));

        assertThat(jdbc.sql("select amount from refund where tenant_id = :tenant").param("tenant", seller.id().value())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("12.00");
    }

    @Test
    void aColourDifferenceIsAPartialRefundAndAChangeOfMindAReturn() throws Exception {
        submit(agent, request("""
                {"orderLineNo": 2, "quantity": 1, "reason": "COLOUR_DIFFERENCE"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.action").value("PARTIAL_REFUND"))
                .andExpect(jsonPath("$.decision.rule").value("MINOR_DEFECT_KEEP_ITEM"))
                .andExpect(jsonPath("$.refunds[0].amount").value(16.0));
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 2, "reason": "CHANGED_MIND"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_RETURN"))
                .andExpect(jsonPath("$.decision.action").value("APPROVE_RETURN"))
                .andExpect(jsonPath("$.decision.rule").value("BUYER_CHOICE_RETURN"))
                .andExpect(jsonPath("$.returnShippingPaidBy").value("BUYER"))
                .andExpect(jsonPath("$.refunds").isEmpty());
    }

    @Test
    void theSameRequestSentTwiceIsStoredOnce() throws Exception {
        String json = request(order, """
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""", ", \"externalId\": \"RMA-1\"");
        String id = JsonPath.read(submit(agent, json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        submit(agent, json).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        submit(agent, request(order, """
                {"orderLineNo": 1, "quantity": 2, "reason": "DAMAGED"}""", ", \"externalId\": \"RMA-1\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("externalId"));

        assertThat(rows("return_request")).isEqualTo(1);
        assertThat(rows("refund")).isEqualTo(1);
    }

    @Test
    void quantitiesAboveWhatIsLeftAreRefused() throws Exception {
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 3, "reason": "SIZE_MISMATCH"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lines[0].quantity"))
                .andExpect(jsonPath("$.detail").value(containsString("2 ordered")));
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 2, "reason": "CHANGED_MIND"}""")).andExpect(status().isCreated());
        // a duplicate request for the same items: nothing left to return
        submit(agent, request("""
                {"orderLineNo": 2, "quantity": 1, "reason": "DAMAGED"}, {"orderLineNo": 1, "quantity": 1, "reason": "CHANGED_MIND"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lines[1].quantity"))
                .andExpect(jsonPath("$.detail").value(containsString("0 left to return")))
                .andExpect(jsonPath("$.detail").value(containsString("2 in earlier returns")));

        assertThat(rows("return_request")).isEqualTo(1);
    }

    @Test
    void aRejectedReturnFreesItsQuantities() throws Exception {
        String id = JsonPath.read(submit(agent, request("""
                {"orderLineNo": 1, "quantity": 2, "reason": "OTHER"}""")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        decide(agent, id, "REJECT", "Buyer withdrew the request").andExpect(status().isOk());
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 2, "reason": "CHANGED_MIND"}""")).andExpect(status().isCreated());
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        submit(agent, request(new OrderId(UUID.randomUUID()), """
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("order"));
        submit(agent, """
                {"shop": "%s", "orderNumber": "NO-SUCH", "lines": [{"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}]}
                """.formatted(seller.shop().id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("orderNumber"));
        submit(agent, request("""
                {"orderLineNo": 7, "quantity": 1, "reason": "DAMAGED"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].orderLineNo"));
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 0, "reason": "DAMAGED"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].quantity"));
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 1, "reason": "BROKEN"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].reason"));
        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 1}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].reason"));
        submit(agent, request(order, """
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""", ", \"refundCurrency\": \"EUR\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("refundCurrency"))
                .andExpect(jsonPath("$.detail").value(containsString("USD")));
        submit(agent, request(order, """
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""", ", \"source\": \"EMAIL\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("source"));
        submit(agent, request("")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines"));

        assertThat(rows("return_request")).isZero();
        assertThat(rows("refund")).isZero();
    }

    @Test
    void aRequestAfterTheWindowIsRefusedWithTheDates() throws Exception {
        OrderId old = deliveredOrder(seller, "US-OLD-" + UUID.randomUUID().toString().substring(0, 6), "USD", Duration.ofDays(40));
        String deliveredOn = clock.instant().minus(Duration.ofDays(40)).atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        String lastDay = clock.instant().minus(Duration.ofDays(10)).atZone(ZoneId.of("America/New_York")).toLocalDate().toString();

        submit(agent, request(old, """
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("requestedAt"))
                .andExpect(jsonPath("$.rule").value("OUTSIDE_WINDOW"))
                .andExpect(jsonPath("$.deliveredOn").value(deliveredOn))
                .andExpect(jsonPath("$.windowDays").value(30))
                .andExpect(jsonPath("$.lastDay").value(lastDay))
                .andExpect(jsonPath("$.detail").value(containsString(lastDay)));
        assertThat(rows("return_request")).isZero();

        // the platform's request exists anyway: stored and rejected, so an agent answers it in time
        submit(agent, request(old, """
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""", ", \"source\": \"TIKTOK_SHOP\", \"externalId\": \"TT-9\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.action").value("REJECT"))
                .andExpect(jsonPath("$.decision.rule").value("OUTSIDE_WINDOW"))
                .andExpect(jsonPath("$.windowLastDay").value(lastDay));
    }

    @Test
    void theReviewQueueRunsOnThePlatformsClock() throws Exception {
        Instant requestedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String later = JsonPath.read(submit(agent, request(order, """
                {"orderLineNo": 1, "quantity": 1, "reason": "OTHER"}""", ", \"requestedAt\": \"" + requestedAt + "\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEEDS_REVIEW"))
                .andExpect(jsonPath("$.decision.rule").value("UNCLEAR_REASON"))
                .andExpect(jsonPath("$.decision.decidedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString(), "$.id");
        String earlier = JsonPath.read(submit(agent, request(order, """
                {"orderLineNo": 2, "quantity": 1, "reason": "OTHER"}""",
                ", \"requestedAt\": \"" + requestedAt.minus(Duration.ofDays(7)) + "\""))
                .andReturn().getResponse().getContentAsString(), "$.id");
        Instant due = BusinessCalendar.of("US", ZoneId.of("America/New_York")).plusBusinessDays(requestedAt, 2);

        mvc.perform(get("/api/v1/returns").param("status", "NEEDS_REVIEW").header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(earlier))
                .andExpect(jsonPath("$[0].reviewWarning").value("OVERDUE"))
                .andExpect(jsonPath("$[0].reviewDueAt").value(BusinessCalendar.of("US", ZoneId.of("America/New_York"))
                        .plusBusinessDays(requestedAt.minus(Duration.ofDays(7)), 2).toString()))
                .andExpect(jsonPath("$[1].id").value(later))
                .andExpect(jsonPath("$[1].reviewDueAt").value(due.toString()));

        decide(agent, later, "APPROVE_RETURN", "Photos show a torn seam").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_RETURN"))
                .andExpect(jsonPath("$.decision.rule").value("AGENT_REVIEW"))
                .andExpect(jsonPath("$.decision.reason").value("Photos show a torn seam"))
                .andExpect(jsonPath("$.decision.decidedBy").value("token:test"));
        mvc.perform(get("/api/v1/returns").param("status", "NEEDS_REVIEW").header("Authorization", agent))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void changingADecisionIsAManagersOverrideAndAudited() throws Exception {
        String id = JsonPath.read(submit(agent, request("""
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""")).andReturn().getResponse().getContentAsString(), "$.id");
        decide(agent, id, "APPROVE_RETURN", "I want it back").andExpect(status().isForbidden());
        decide(manager, id, "", "x").andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/returns/" + id + "/decision").header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"APPROVE_RETURN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));

        decide(manager, id, "APPROVE_RETURN", "Repeat claim on this SKU: inspect it").andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.rule").value("MANAGER_OVERRIDE"))
                .andExpect(jsonPath("$.refunds[0].status").value("CANCELLED"));
        assertThat(jdbc.sql("select detail from audit_log where tenant_id = :tenant and action = 'return.override'")
                .param("tenant", seller.id().value()).query(String.class).single())
                .contains("RETURNLESS_REFUND", "LOW_VALUE_KEEP_ITEM", "APPROVE_RETURN", "inspect it");
    }

    @Test
    void anotherTenantSeesNothing() throws Exception {
        String id = JsonPath.read(submit(agent, request("""
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""")).andReturn().getResponse().getContentAsString(), "$.id");
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.MANAGER);

        mvc.perform(get("/api/v1/returns/" + id).header("Authorization", other.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/returns").header("Authorization", other.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        decide(other.bearer(), id, "REJECT", "not mine").andExpect(status().isNotFound());
        submit(other.bearer(), """
                {"shop": "%s", "order": "%s", "lines": [{"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}]}
                """.formatted(other.shop().id(), order)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("order"));
        submit(other.bearer(), request("""
                {"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("shop"));
        mvc.perform(get("/api/v1/returns/policy/" + seller.shop().id()).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDeskSubmitsThroughTheFacade(@Autowired ReturnRequests returns) {
        var submission = returns.submit(seller.id(), new NewReturn(seller.shop().id(), null,
                orders.find(seller.id(), order).orElseThrow().orderNumber(), "DESK", "ticket-77", UUID.randomUUID(),
                "Arrived broken", null, "USD", null, List.of(new NewReturn.Line(2, 1, ReturnReason.DAMAGED))));

        assertThat(submission.result()).isEqualTo(ReturnRequests.Result.CREATED);
        assertThat(submission.request().decision()).isEqualTo(ReturnAction.APPROVE_RETURN);
        assertThat(submission.request().decisionRule()).isEqualTo("SELLER_FAULT_RETURN");
        assertThat(returns.submit(seller.id(), new NewReturn(seller.shop().id(), order, null, "DESK", "ticket-77", null,
                null, null, null, null, List.of(new NewReturn.Line(2, 1, ReturnReason.DAMAGED)))).result())
                .isEqualTo(ReturnRequests.Result.UNCHANGED);
    }

    @Test
    void theShopsOverridesDecide() throws Exception {
        mvc.perform(put("/api/v1/returns/policy/" + seller.shop().id()).header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"returnlessUpTo\": 30}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/returns/policy/" + seller.shop().id()).header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"windowDays\": 10}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("windowDays"));
        mvc.perform(put("/api/v1/returns/policy/" + seller.shop().id()).header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"returnlessUpTo\": 30, \"windowDays\": 45}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.returnlessUpTo").value(30))
                .andExpect(jsonPath("$.settings.windowDays").value(45))
                .andExpect(jsonPath("$.settings.customized").value(true));

        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 2, "reason": "WRONG_ITEM"}"""))
                .andExpect(jsonPath("$.decision.action").value("RETURNLESS_REFUND"))
                .andExpect(jsonPath("$.refunds[0].amount").value(24.0));
    }

    @Test
    void aShopThatRefundsOnApprovalQueuesTheRefundWhenItApproves() throws Exception {
        mvc.perform(put("/api/v1/returns/policy/" + seller.shop().id()).header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"refundTiming\": \"ON_APPROVAL\"}"))
                .andExpect(status().isOk());

        submit(agent, request("""
                {"orderLineNo": 1, "quantity": 2, "reason": "CHANGED_MIND"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.action").value("APPROVE_RETURN"))
                .andExpect(jsonPath("$.refunds[0].status").value("QUEUED"))
                .andExpect(jsonPath("$.refunds[0].amount").value(24.0));
    }

    @Test
    void aUsRefundAbove100DollarsGetsFourBusinessDaysToReview() throws Exception {
        Instant requestedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        BusinessCalendar us = BusinessCalendar.of("US", ZoneId.of("America/New_York"));
        submit(agent, request(order, """
                {"orderLineNo": 2, "quantity": 1, "reason": "OTHER"}, {"orderLineNo": 1, "quantity": 2, "reason": "OTHER"}""",
                ", \"requestedAt\": \"" + requestedAt + "\""))
                .andExpect(jsonPath("$.value").value(104.0))
                .andExpect(jsonPath("$.reviewDueAt").value(us.plusBusinessDays(requestedAt, 4).toString()));
    }

    @Test
    void aBuyerWhoReturnsOftenIsReviewedByAPerson() throws Exception {
        String buyer = "often-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            OrderId earlier = deliveredOrder(seller, "US-OFTEN-" + i + "-" + buyer.substring(6, 12), "USD", Duration.ofDays(3), buyer);
            submit(agent, request(earlier, """
                    {"orderLineNo": 2, "quantity": 1, "reason": "DAMAGED"}""", ""))
                    .andExpect(jsonPath("$.decision.rule").value("SELLER_FAULT_RETURN"));
        }
        OrderId fourth = deliveredOrder(seller, "US-OFTEN-3-" + buyer.substring(6, 12), "USD", Duration.ofDays(3), buyer);
        submit(agent, request(fourth, """
                {"orderLineNo": 2, "quantity": 1, "reason": "DAMAGED"}""", ""))
                .andExpect(jsonPath("$.decision.action").value("NEEDS_REVIEW"))
                .andExpect(jsonPath("$.decision.rule").value("FREQUENT_RETURNER"))
                .andExpect(jsonPath("$.decision.reason").value(containsString("3 times in 90 days")));
    }

    @Test
    void franceRecordsTheExchangeTheBuyerWants() {
        TestTenant fr = TestTenant.create(tenants, shops, "FR", Role.AGENT);
        OrderId frOrder = deliveredOrder(fr, "FR-" + UUID.randomUUID().toString().substring(0, 8), "EUR", Duration.ofDays(2));
        var submission = returnRequests.submit(fr.id(), new NewReturn(fr.shop().id(), frOrder, null, "DESK", null, null,
                "Trop petit", null, null, "taille L", List.of(new NewReturn.Line(1, 1, ReturnReason.SIZE_MISMATCH))));

        assertThat(submission.request().status()).isEqualTo("EXCHANGE_PENDING");
        assertThat(submission.request().decisionRule()).isEqualTo("EXCHANGE_FIRST");
        assertThat(submission.request().exchangeWanted()).isEqualTo("taille L");
        assertThat(submission.request().refunds()).isEmpty();
    }

    ResultActions decide(String token, String id, String action, String reason) throws Exception {
        return mvc.perform(post("/api/v1/returns/" + id + "/decision").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"%s\", \"reason\": \"%s\"}".formatted(action, reason)));
    }
}
