package org.aftercare.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnView;
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
 * Return warehouses by example: routing to the buyer's country or the origin, the return parcel
 * registered with logistics, receiving by scan, grading once per line, refunds per the policy's
 * timing, batches, exchanges, refunds paid and the cash-flow view, and tenant isolation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class ReceivingApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnsToReceive returns;

    TestTenant seller;
    String manager;
    String localWarehouse;
    String origin;

    @BeforeEach
    void aSellerWithALocalWarehouseAndAnOrigin() throws Exception {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing").update();
        jdbc.sql("insert into carrier (code, name, kind) values ('USPS', 'USPS', 'LAST_MILE') on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        manager = "Bearer " + tenants.issueApiToken(seller.id(), "manager", Role.MANAGER, seller.owner());
        localWarehouse = id(call(post("/api/v1/returns/warehouses"), manager, """
                {"name": "Newark returns", "country": "US", "address": "1 Port St, Newark NJ", "kind": "LOCAL_RETURN_WAREHOUSE", "markets": ["US"]}""")
                .andExpect(status().isCreated()));
        origin = id(call(post("/api/v1/returns/warehouses"), manager, """
                {"name": "Shenzhen origin", "country": "CN", "address": "Bao'an, Shenzhen", "kind": "ORIGIN"}""")
                .andExpect(status().isCreated()));
    }

    @Test
    void aReturnGoesToTheLocalWarehouseOfTheBuyersCountryElseTheOrigin() throws Exception {
        ReturnView us = returns.anApprovedReturn(seller, "USD");
        call(get("/api/v1/returns/" + us.id().value() + "/destination"), seller.bearer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Newark returns"));

        TestTenant de = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        call(post("/api/v1/returns/warehouses"), de.bearer(), """
                {"name": "Origin", "country": "CN", "address": "Yiwu", "kind": "ORIGIN"}""").andExpect(status().isCreated());
        call(post("/api/v1/returns/warehouses"), de.bearer(), """
                {"name": "Paris", "country": "FR", "address": "Paris", "kind": "LOCAL_RETURN_WAREHOUSE"}""").andExpect(status().isCreated());
        ReturnView german = returns.anApprovedReturn(de, "EUR");
        call(get("/api/v1/returns/" + german.id().value() + "/destination"), de.bearer(), null)
                .andExpect(jsonPath("$.name").value("Origin")).andExpect(jsonPath("$.kind").value("ORIGIN"));

        call(post("/api/v1/returns/warehouses"), manager, """
                {"name": "Bad", "country": "USA", "address": "x", "kind": "ORIGIN"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("country"));
        call(post("/api/v1/returns/warehouses"), seller.bearer(), """
                {"name": "Agent's", "country": "US", "address": "x", "kind": "ORIGIN"}""").andExpect(status().isForbidden());
    }

    @Test
    void theReturnParcelIsRecordedAndTrackedByLogistics() throws Exception {
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        String tracking = "9400" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String body = """
                {"carrierCode": "USPS", "trackingNumber": "%s", "labelUrl": "https://labels.example/1.pdf"}""".formatted(tracking);
        call(post("/api/v1/returns/" + r.id().value() + "/shipment"), seller.bearer(), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warehouse.name").value("Newark returns"))
                .andExpect(jsonPath("$.trackingNumber").value(tracking));
        call(post("/api/v1/returns/" + r.id().value() + "/shipment"), seller.bearer(), body).andExpect(status().isOk());

        var shipment = jdbc.sql("""
                        select order_id, origin_country, destination_country from shipment
                         where tenant_id = :tenant and tracking_number = :tracking and carrier_code = 'USPS'
                        """)
                .param("tenant", seller.id().value()).param("tracking", tracking).query().listOfRows();
        assertThat(shipment).hasSize(1);
        assertThat(shipment.getFirst().get("order_id")).isEqualTo(r.order().value());
        assertThat(shipment.getFirst().get("destination_country")).isEqualTo("US");

        call(post("/api/v1/returns/" + r.id().value() + "/shipment"), seller.bearer(), """
                {"carrierCode": "USPS", "trackingNumber": "OTHER123"}""")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("trackingNumber"));
        call(post("/api/v1/returns/" + r.id().value() + "/shipment"), seller.bearer(), """
                {"carrierCode": "USPS"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("trackingNumber"));
    }

    @Test
    void onReceiptTheRefundIsQueuedAtTheScan() throws Exception {
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        String tracking = shipped(r);
        call(post("/api/v1/returns/receiving/scan"), seller.bearer(), scan(localWarehouse, tracking))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUND_QUEUED"))
                .andExpect(jsonPath("$.refunds[0].amount.amount").value(104.0))
                .andExpect(jsonPath("$.refunds[0].trigger").value("RECEIPT"))
                .andExpect(jsonPath("$.lines.length()").value(2));
        call(post("/api/v1/returns/receiving/scan"), seller.bearer(), scan(localWarehouse, tracking))
                .andExpect(jsonPath("$.alreadyReceived").value(true))
                .andExpect(jsonPath("$.refunds.length()").value(1));
    }

    @Test
    void onGradingTheRefundIsTheRefundableLinesOnceAllAreGraded() throws Exception {
        returns.refundTiming(seller, "ON_GRADING");
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        call(post("/api/v1/returns/receiving/scan"), seller.bearer(), """
                {"warehouse": "%s", "returnNumber": "%d"}""".formatted(localWarehouse, r.number()))
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.refunds").isEmpty());
        grade(r, """
                {"lineNo": 1, "grade": "b", "receivedQuantity": 2, "damagedQuantity": 1, "notes": "one stained"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.refunds").isEmpty());
        grade(r, """
                {"lineNo": 2, "grade": "D"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUND_QUEUED"))
                .andExpect(jsonPath("$.lines[1].refundAmount.amount").value(0.0))
                .andExpect(jsonPath("$.refunds[0].amount.amount").value(24.0))
                .andExpect(jsonPath("$.refunds[0].amount.currency").value("USD"))
                .andExpect(jsonPath("$.refunds[0].trigger").value("GRADING"));
    }

    @Test
    void aTenantMayRefundPartOfAGradeAndAnEmptyParcelClosesTheReturn() throws Exception {
        returns.refundTiming(seller, "ON_GRADING");
        call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/returns/grades/B"), manager, """
                {"meaning": "Refurbish", "refundPercent": 50}""").andExpect(jsonPath("$.refundPercent").value(50));
        ReturnView half = returns.anApprovedReturn(seller, "USD");
        receive(half);
        grade(half, """
                {"lineNo": 1, "grade": "B"}, {"lineNo": 2, "grade": "A"}""")
                .andExpect(jsonPath("$.refunds[0].amount.amount").value(92.0));

        ReturnView empty = returns.anApprovedReturn(seller, "USD");
        receive(empty);
        grade(empty, """
                {"lineNo": 1, "grade": "D"}, {"lineNo": 2, "grade": "d"}""")
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.refunds").isEmpty());
    }

    @Test
    void gradingALineTwiceIsAConflictAndBadQuantitiesAreRefused() throws Exception {
        returns.refundTiming(seller, "ON_GRADING");
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        grade(r, """
                {"lineNo": 1, "grade": "A"}""").andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("id"));
        receive(r);
        grade(r, """
                {"lineNo": 1, "grade": "A", "receivedQuantity": 3}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].receivedQuantity"));
        grade(r, """
                {"lineNo": 1, "grade": "A", "receivedQuantity": 1, "damagedQuantity": 2}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].damagedQuantity"));
        grade(r, """
                {"lineNo": 1, "grade": "E"}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].grade"));
        grade(r, """
                {"lineNo": 9, "grade": "A"}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lines[0].lineNo"));
        grade(r, """
                {"lineNo": 1, "grade": "A"}""").andExpect(status().isOk());

        grade(r, """
                {"lineNo": 2, "grade": "A"}, {"lineNo": 1, "grade": "C"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("lines[1].lineNo"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("line 1 (TEE-RED-M)")));
        assertThat(jdbc.sql("select grade from return_line_grade where return_id = :id order by line_no")
                .param("id", r.id().value()).query(String.class).list()).containsExactly("A");
    }

    @Test
    void aBatchCountsItsLinesPerGrade() throws Exception {
        String batch = id(call(post("/api/v1/returns/receiving/batches"), seller.bearer(), """
                {"warehouse": "%s"}""".formatted(localWarehouse)));
        assertThat(id(call(post("/api/v1/returns/receiving/batches"), seller.bearer(), """
                {"warehouse": "%s"}""".formatted(localWarehouse)))).isEqualTo(batch);
        ReturnView first = returns.anApprovedReturn(seller, "USD");
        ReturnView second = returns.anApprovedReturn(seller, "USD");
        receive(first);
        receive(second);
        grade(first, """
                {"lineNo": 1, "grade": "A"}, {"lineNo": 2, "grade": "B"}""");
        grade(second, """
                {"lineNo": 1, "grade": "A", "receivedQuantity": 1}""");
        call(post("/api/v1/returns/receiving/batches/" + batch + "/close"), seller.bearer(), null)
                .andExpect(jsonPath("$.returns").value(2))
                .andExpect(jsonPath("$.linesToGrade").value(1))
                .andExpect(jsonPath("$.lines.A").value(2))
                .andExpect(jsonPath("$.items.A").value(3))
                .andExpect(jsonPath("$.lines.B").value(1))
                .andExpect(jsonPath("$.lines.D").value(0))
                .andExpect(jsonPath("$.closedAt").isNotEmpty());
    }

    @Test
    void anExchangeReceivedRecordsTheExchangeOwed() throws Exception {
        TestTenant fr = TestTenant.create(tenants, shops, "FR", Role.MANAGER);
        String paris = id(call(post("/api/v1/returns/warehouses"), fr.bearer(), """
                {"name": "Paris", "country": "FR", "address": "Paris", "kind": "LOCAL_RETURN_WAREHOUSE"}"""));
        ReturnView r = returns.aReturn(fr, "EUR", "taille L", ReturnReason.SIZE_MISMATCH);
        assertThat(r.status()).isEqualTo("EXCHANGE_PENDING");
        call(post("/api/v1/returns/receiving/scan"), fr.bearer(), """
                {"warehouse": "%s", "returnNumber": "R-%d"}""".formatted(paris, r.number()))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.exchange.wanted").value("taille L"))
                .andExpect(jsonPath("$.exchange.status").value("TO_SHIP"))
                .andExpect(jsonPath("$.refunds").isEmpty());
    }

    @Test
    void aRefundIsPaidOnceAndTheCashFlowShowsPendingAndPaid() throws Exception {
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        receive(r);
        String refund = JsonPath.read(call(get("/api/v1/refunds?status=QUEUED"), seller.bearer(), null)
                .andReturn().getResponse().getContentAsString(), "$[0].id");
        String today = java.time.LocalDate.now(returns.clock).toString();
        call(get("/api/v1/refunds/cash-flow?from=" + today + "&to=" + today), seller.bearer(), null)
                .andExpect(jsonPath("$[0].currency").value("USD"))
                .andExpect(jsonPath("$[0].queued").value(104.0))
                .andExpect(jsonPath("$[0].pending").value(104.0))
                .andExpect(jsonPath("$[0].paid").value(0));

        call(post("/api/v1/refunds/" + refund + "/paid"), seller.bearer(), """
                {"platformReference": "TTS-RF-1"}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PAID"));
        call(post("/api/v1/refunds/" + refund + "/paid"), seller.bearer(), """
                {"platformReference": "TTS-RF-1"}""").andExpect(status().isOk());
        call(post("/api/v1/refunds/" + refund + "/paid"), seller.bearer(), """
                {"platformReference": "TTS-RF-2"}""").andExpect(status().isConflict());
        call(post("/api/v1/refunds/" + refund + "/paid"), seller.bearer(), "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("platformReference"));
        call(get("/api/v1/refunds/cash-flow?from=" + today + "&to=" + today), seller.bearer(), null)
                .andExpect(jsonPath("$[0].paid").value(104.0)).andExpect(jsonPath("$[0].pending").value(0));
        assertThat(jdbc.sql("select status from return_request where id = :id").param("id", r.id().value())
                .query(String.class).single()).isEqualTo("CLOSED");
        call(get("/api/v1/refunds/cash-flow?from=" + today), seller.bearer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
    }

    @Test
    void aGradingPhotoIsKeptOnceWithItsHashAndADisguisedFileIsRefused() throws Exception {
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        receive(r);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String url = "/api/v1/returns/" + r.id().value() + "/lines/1/photos";
        String first = id(mvc.perform(multipart(url).file(new org.springframework.mock.web.MockMultipartFile("file",
                        "stain.png", "image/png", png.toByteArray())).header("Authorization", seller.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.sha256").value(org.aftercare.shared.files.AttachmentCheck.sha256(png.toByteArray()))));
        assertThat(id(mvc.perform(multipart(url).file(new org.springframework.mock.web.MockMultipartFile("file",
                "again.png", "image/png", png.toByteArray())).header("Authorization", seller.bearer())))).isEqualTo(first);
        mvc.perform(multipart(url).file(new org.springframework.mock.web.MockMultipartFile("file", "photo.jpg",
                        "image/jpeg", "#!/bin/sh\necho hi\n".getBytes())).header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
        call(get("/api/v1/returns/" + r.id().value() + "/receipt"), seller.bearer(), null)
                .andExpect(jsonPath("$.lines[0].photos").value(1));
    }

    @Test
    void anotherTenantSeesNothingOfThisOne() throws Exception {
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        String tracking = shipped(r);
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.MANAGER);
        String theirs = id(call(post("/api/v1/returns/warehouses"), other.bearer(), """
                {"name": "Newark returns", "country": "US", "address": "elsewhere", "kind": "ORIGIN"}"""));
        call(post("/api/v1/returns/receiving/scan"), other.bearer(), scan(theirs, tracking)).andExpect(status().isNotFound());
        call(post("/api/v1/returns/receiving/scan"), other.bearer(), scan(localWarehouse, tracking))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("warehouse"));
        call(get("/api/v1/refunds"), other.bearer(), null).andExpect(jsonPath("$").isEmpty());
        call(get("/api/v1/returns/warehouses"), other.bearer(), null).andExpect(jsonPath("$.length()").value(1));
        grade(other.bearer(), r, """
                {"lineNo": 1, "grade": "A"}""").andExpect(status().isNotFound());
    }

    String shipped(ReturnView r) throws Exception {
        String tracking = "9400" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        call(post("/api/v1/returns/" + r.id().value() + "/shipment"), seller.bearer(), """
                {"carrierCode": "USPS", "trackingNumber": "%s"}""".formatted(tracking)).andExpect(status().isOk());
        return tracking;
    }

    void receive(ReturnView r) throws Exception {
        call(post("/api/v1/returns/receiving/scan"), seller.bearer(), scan(localWarehouse, shipped(r)))
                .andExpect(status().isOk());
    }

    static String scan(String warehouse, String tracking) {
        return """
                {"warehouse": "%s", "trackingNumber": "%s"}""".formatted(warehouse, tracking);
    }

    ResultActions grade(ReturnView r, String lines) throws Exception {
        return grade(seller.bearer(), r, lines);
    }

    ResultActions grade(String token, ReturnView r, String lines) throws Exception {
        return call(post("/api/v1/returns/" + r.id().value() + "/grades"), token, "{\"lines\": [" + lines + "]}");
    }

    ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token,
                       String json) throws Exception {
        request.header("Authorization", token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
