package org.aftercare.insights.returns;

import static org.aftercare.insights.returns.SkuSales.aSku;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

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
 * Return rates by example: in September a dress sold 100 and 10 came back for size, a mug sold 50
 * and 2 came back damaged and 3 rejected; in October the dress sold 40 and 8 came back for colour.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReturnRateTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;

    @BeforeEach
    void septemberAndOctober() {
        seller = TestTenant.create(tenants, shops, "FR", Role.AGENT);
        aSku("DRESS").titled("Summer dress").sold(100).between(at("2026-09-01"), at("2026-09-30"))
                .returned(10, "SIZE_MISMATCH").insert(jdbc, seller);
        aSku("MUG").titled("Mug").sold(50).between(at("2026-09-01"), at("2026-09-30"))
                .returned(2, "DAMAGED").insert(jdbc, seller);
        aSku("MUG").titled("Mug").sold(10).between(at("2026-09-01"), at("2026-09-30"))
                .returned(3, "CHANGED_MIND").withStatus("REJECTED").insert(jdbc, seller);
        aSku("DRESS").titled("Summer dress").sold(40).between(at("2026-10-01"), at("2026-10-30"))
                .returned(8, "COLOUR_DIFFERENCE").insert(jdbc, seller);
    }

    static Instant at(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    @Test
    void perSkuOverTheSalesOfTheRange() throws Exception {
        mvc.perform(get("/api/v1/insights/returns?from=2026-09-01&to=2026-10-31&by=SKU").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].key").value("DRESS"))
                .andExpect(jsonPath("$[0].product").value("Summer dress"))
                .andExpect(jsonPath("$[0].unitsSold").value(140))
                .andExpect(jsonPath("$[0].unitsReturned").value(18))
                .andExpect(jsonPath("$[0].rate").value(0.1286))
                .andExpect(jsonPath("$[0].reasonMix.SIZE_MISMATCH").value(10))
                .andExpect(jsonPath("$[0].reasonMix.COLOUR_DIFFERENCE").value(8))
                .andExpect(jsonPath("$[1].key").value("MUG"))
                .andExpect(jsonPath("$[1].unitsSold").value(60))
                .andExpect(jsonPath("$[1].unitsReturned").value(2))
                .andExpect(jsonPath("$[1].reasonMix.CHANGED_MIND").value(0));
    }

    @Test
    void perPeriodByTheMonthOfTheSale() throws Exception {
        mvc.perform(get("/api/v1/insights/returns?from=2026-09-01&to=2026-10-31&by=PERIOD&period=month")
                        .header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].key").value("2026-09"))
                .andExpect(jsonPath("$[0].unitsSold").value(160))
                .andExpect(jsonPath("$[0].unitsReturned").value(12))
                .andExpect(jsonPath("$[1].key").value("2026-10"))
                .andExpect(jsonPath("$[1].rate").value(0.2));
    }

    @Test
    void perMarketAndFilteredByMarket() throws Exception {
        mvc.perform(get("/api/v1/insights/returns?from=2026-09-01&to=2026-09-30&by=MARKET").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$[0].key").value("FR"))
                .andExpect(jsonPath("$[0].unitsSold").value(160));
        mvc.perform(get("/api/v1/insights/returns?from=2026-09-01&to=2026-09-30&by=SKU&market=DE").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void asCsv() throws Exception {
        mvc.perform(get("/api/v1/insights/returns.csv?from=2026-09-01&to=2026-09-30&by=SKU").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("key,product,units_sold,units_returned,return_rate,size_mismatch,")))
                .andExpect(content().string(containsString("DRESS,Summer dress,100,10,0.1,10,0,0,0,0,0,0,0,0,0\r\n")));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        mvc.perform(get("/api/v1/insights/returns?from=2026-09-01&to=2026-09-30&by=COLOUR").header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("by")));
        mvc.perform(get("/api/v1/insights/returns?from=2026-09-30&to=2026-09-01").header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("to")));
        mvc.perform(get("/api/v1/insights/returns?from=2026-09-01&to=2026-09-30&market=France").header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("market")));
    }
}
