package org.aftercare.monitoring.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.TestTenant;
import org.aftercare.monitoring.Parcels;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class AlertSettingsApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Parcels parcels; // seeds the carriers

    TestTenant seller;
    String manager;
    String agent;

    @BeforeEach
    void aSeller() {
        seller = TestTenant.create(tenants, shops, "US", Role.MANAGER);
        manager = seller.bearer();
        agent = "Bearer " + tenants.issueApiToken(seller.id(), "agent", Role.AGENT, seller.owner());
    }

    @Test
    void showsTheBriefsDefaultsAndAManagersOverride() throws Exception {
        mvc.perform(get("/api/v1/alert-settings").header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaults.noPickupAfter").value("PT48H"))
                .andExpect(jsonPath("$.defaults.customsDwell").value("PT120H"))
                .andExpect(jsonPath("$.defaults.stalledAfterHot").value("PT72H"))
                .andExpect(jsonPath("$.defaults.lateRiskProbability").value(0.6))
                .andExpect(jsonPath("$.overrides.length()").value(0));

        String saved = save(manager, """
                {"carrier": "4PX", "originCountry": "cn", "destinationCountry": "US", "noPickupAfter": "PT24H",
                 "stalledAfter": "P5D", "stalledBusinessDays": true, "lateRiskProbability": 0.75,
                 "disabledRules": ["LATE_RISK"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.originCountry").value("CN"))
                .andExpect(jsonPath("$.noPickupAfter").value("PT24H"))
                .andReturn().getResponse().getContentAsString();
        save(manager, """
                {"carrier": "4PX", "originCountry": "CN", "destinationCountry": "US", "noPickupAfter": "PT36H"}""")
                .andExpect(jsonPath("$.id").value((String) JsonPath.read(saved, "$.id")));

        mvc.perform(get("/api/v1/alert-settings").header("Authorization", agent))
                .andExpect(jsonPath("$.overrides.length()").value(1))
                .andExpect(jsonPath("$.overrides[0].noPickupAfter").value("PT36H"))
                .andExpect(jsonPath("$.overrides[0].stalledAfter").doesNotExist());

        mvc.perform(delete("/api/v1/alert-settings/" + JsonPath.read(saved, "$.id")).header("Authorization", agent))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/alert-settings/" + JsonPath.read(saved, "$.id")).header("Authorization", manager))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/alert-settings/" + JsonPath.read(saved, "$.id")).header("Authorization", manager))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgentMayNotChangeThresholds() throws Exception {
        save(agent, "{\"noPickupAfter\": \"PT24H\"}").andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"noPickupAfter\": \"PT24H\", \"originCountry\": \"China\"} | originCountry: an ISO 3166 alpha-2",
            "{\"noPickupAfter\": \"PT10M\"} | noPickupAfter: between PT1H and P120D",
            "{\"stalledAfter\": \"soon\"} | stalledAfter",
            "{\"lateRiskProbability\": 1.5} | lateRiskProbability: must be above 0 and at most 1",
            "{\"disabledRules\": [\"NO_SCAN\"]} | disabledRules",
            "{\"carrier\": \"NOPE\", \"noPickupAfter\": \"PT24H\"} | carrier: no carrier with code NOPE",
            "{\"shop\": \"00000000-0000-0000-0000-000000000000\", \"noPickupAfter\": \"PT24H\"} | shop: no shop",
            "{\"carrier\": \"4PX\"} | thresholds: set at least one"})
    void aBadSettingIsRefusedNamingTheField(String json, String message) throws Exception {
        save(manager, json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(message)));
    }

    private ResultActions save(String bearer, String json) throws Exception {
        return mvc.perform(put("/api/v1/alert-settings").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
