package org.aftercare.insights.returns;

import static org.aftercare.insights.returns.SkuSales.aSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.aftercare.TestTenant;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spike detection specified by example, with the defaults: recent window = the last 28 days of
 * sales, baseline = the 90 days before, ≥ 20 units and ≥ 5 returns, ≥ 1.5× and p ≤ 0.01.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReturnSpikeTests {

    @Autowired MockMvc mvc;
    @Autowired SpikeDetection detection;
    @Autowired ReturnFeedbackStore feedback;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    TestTenant seller;
    Instant now;

    @BeforeEach
    void aGermanFashionSeller() {
        seller = TestTenant.create(tenants, shops, "DE", Role.AGENT);
        now = clock.instant();
    }

    Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    /** 500 units over the baseline's 90 days with the given returns, then 150 units in the last 28 days. */
    void sells(String sku, int baselineReturns, int recentUnits, int recentReturns, String reason) {
        aSku(sku).titled("Summer dress " + sku).sold(500).between(daysAgo(117), daysAgo(29))
                .returned(baselineReturns, reason).insert(jdbc, seller);
        aSku(sku).titled("Summer dress " + sku).sold(recentUnits).between(daysAgo(27), daysAgo(1))
                .returned(recentReturns, reason).insert(jdbc, seller);
    }

    List<ReturnFeedback> openItems() {
        return feedback.find(seller.id(), List.of("OPEN", "ACKNOWLEDGED"), List.of());
    }

    @Test
    void aDoubledRunsSmallRateRaisesOneSizeItemForProductPageAndAds() throws Exception {
        sells("DRESS-RUNS-SMALL", 40, 150, 24, "SIZE_MISMATCH");  // 8 % → 16 %
        sells("DRESS-NORMAL", 40, 150, 14, "SIZE_MISMATCH");      // 8 % → 9.3 %: normal variation
        sells("DRESS-FEW", 40, 12, 5, "SIZE_MISMATCH");           // 42 % of 12 units: too few sold

        mvc.perform(post("/api/v1/insights/returns/feedback/detect").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.raised").value(1));

        assertThat(openItems()).singleElement().satisfies(item -> {
            assertThat(item.sku()).isEqualTo("DRESS-RUNS-SMALL");
            assertThat(item.product()).isEqualTo("Summer dress DRESS-RUNS-SMALL");
            assertThat(item.market()).isEqualTo("DE");
            assertThat(item.reasonGroup()).isEqualTo("SIZE");
            assertThat(item.addressedTo()).containsExactly("PRODUCT_PAGE", "ADS");
            assertThat(item.suggestedAction()).containsIgnoringCase("runs small").contains("size chart");
            assertThat(item.baselineKind()).isEqualTo("OWN");
            assertThat(item.recentRate()).isCloseTo(0.16, within(1e-9));
            assertThat(item.baselineRate()).isCloseTo(0.08, within(1e-9));
            assertThat(item.recentUnits()).isEqualTo(150);
            assertThat(item.recentReturns()).isEqualTo(24);
            assertThat(item.pValue()).isLessThan(0.01);
            assertThat(item.status()).isEqualTo("OPEN");
        });
        mvc.perform(get("/api/v1/insights/returns/feedback").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].addressedTo[0]").value("PRODUCT_PAGE"));
    }

    @Test
    void rerunningDetectionChangesNothing() {
        sells("DRESS-RUNS-SMALL", 40, 150, 24, "SIZE_MISMATCH");
        assertThat(detection.detect(seller.id()).raised()).isEqualTo(1);
        List<ReturnFeedback> first = openItems();

        SpikeDetection.Run again = detection.detect(seller.id());

        assertThat(again.raised()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(openItems()).isEqualTo(first);
    }

    @Test
    void normalVariationAndLowVolumeRaiseNothing() {
        sells("DRESS-NORMAL", 40, 150, 14, "SIZE_MISMATCH");
        sells("DRESS-FEW", 40, 12, 5, "SIZE_MISMATCH");
        sells("DRESS-FEW-RETURNS", 2, 40, 4, "QUALITY_DEFECT");  // 0.4 % → 10 %, but only 4 returns

        assertThat(detection.detect(seller.id()).raised()).isZero();
        assertThat(openItems()).isEmpty();
    }

    @Test
    void rejectedRequestsAreNotReturns() {
        aSku("DRESS-A").sold(500).between(daysAgo(117), daysAgo(29)).returned(40, "SIZE_MISMATCH").insert(jdbc, seller);
        aSku("DRESS-A").sold(150).between(daysAgo(27), daysAgo(1)).returned(24, "SIZE_MISMATCH")
                .withStatus("REJECTED").insert(jdbc, seller);

        assertThat(detection.detect(seller.id()).raised()).isZero();
    }

    @Test
    void aNewSkuIsComparedWithAllSkus() {
        // the shop's other SKUs: 1,000 units, 10 quality returns (1 %) in the baseline
        aSku("MUG").sold(1000).between(daysAgo(117), daysAgo(29)).returned(10, "DAMAGED").insert(jdbc, seller);
        // a new lamp: 60 units in the last 28 days, 6 arrive with missing parts (10 %)
        aSku("LAMP-NEW").titled("Desk lamp").sold(60).between(daysAgo(20), daysAgo(1))
                .returned(6, "MISSING_PARTS").insert(jdbc, seller);

        assertThat(detection.detect(seller.id()).raised()).isEqualTo(1);

        assertThat(openItems()).singleElement().satisfies(item -> {
            assertThat(item.sku()).isEqualTo("LAMP-NEW");
            assertThat(item.reasonGroup()).isEqualTo("QUALITY");
            assertThat(item.baselineKind()).isEqualTo("ALL_SKUS");
            assertThat(item.baselineRate()).isCloseTo(0.01, within(1e-9));
            assertThat(item.addressedTo()).containsExactly("SUPPLY_CHAIN");
        });
    }

    @Test
    void anItemIsAcknowledgedThenDoneAndASpikeAfterwardsRaisesANewOne() throws Exception {
        sells("DRESS-RUNS-SMALL", 40, 150, 24, "SIZE_MISMATCH");
        detection.detect(seller.id());
        String id = openItems().getFirst().id().toString();

        mvc.perform(post("/api/v1/insights/returns/feedback/" + id + "/acknowledge").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
        assertThat(detection.detect(seller.id()).raised()).isZero();
        mvc.perform(post("/api/v1/insights/returns/feedback/" + id + "/acknowledge").header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/insights/returns/feedback/" + id + "/done").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));

        assertThat(detection.detect(seller.id()).raised()).isEqualTo(1);
    }

    @Test
    void aTenantCanRaiseItsRatioFloor() throws Exception {
        sells("DRESS-RUNS-SMALL", 40, 150, 24, "SIZE_MISMATCH");
        String manager = "Bearer " + tenants.issueApiToken(seller.id(), "manager", Role.OWNER, seller.owner());
        mvc.perform(put("/api/v1/insights/returns/feedback/settings").header("Authorization", seller.bearer())
                        .contentType("application/json").content("{\"minRatio\": 2.5}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/insights/returns/feedback/settings").header("Authorization", manager)
                        .contentType("application/json").content("{\"minRatio\": 0.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("minRatio")));

        mvc.perform(put("/api/v1/insights/returns/feedback/settings").header("Authorization", manager)
                        .contentType("application/json").content("{\"minRatio\": 2.5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minRatio").value(2.5))
                .andExpect(jsonPath("$.recentDays").value(28));

        assertThat(detection.detect(seller.id()).raised()).isZero(); // 2.0x is below the tenant's 2.5x
    }
}
