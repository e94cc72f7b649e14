package org.aftercare.desk.sla.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.TestTenant;
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

/** Calendars and SLA policies through the API, and the preview a manager checks them with. */
@SpringBootTest
@AutoConfigureMockMvc
class SlaApiTests {

    static final String GERMAN_TEAM = """
            {"name": "German team", "zone": "Europe/Berlin", "holidayCountry": "de",
             "hours": "Mon-Fri 09:00-12:30,13:30-18:00", "closedDays": ["2026-12-31"]}""";

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;

    TestTenant seller;
    String manager;
    String agent;

    @BeforeEach
    void aGermanSeller() {
        seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        manager = seller.bearer();
        agent = "Bearer " + tenants.issueApiToken(seller.id(), "agent", Role.AGENT, seller.owner());
    }

    @Test
    void theBuiltInDefaultCountsFourBusinessHoursOnTheShopsHoursAndGermanHolidays() throws Exception {
        preview(agent, "TIKTOK_CHAT", "2026-12-24T17:00:00+01:00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policyName").doesNotExist())
                .andExpect(jsonPath("$.zone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.holidayCountry").value("DE"))
                .andExpect(jsonPath("$.dues[0].metric").value("FIRST_RESPONSE"))
                .andExpect(jsonPath("$.dues[0].targetMinutes").value(240))
                .andExpect(jsonPath("$.dues[0].dueLocal").value("2026-12-28T12:00:00+01:00"))
                .andExpect(jsonPath("$.dues[3].metric").value("PLATFORM_RESPONSE"))
                .andExpect(jsonPath("$.dues[3].dueLocal").value("2026-12-25T05:00:00+01:00"));
    }

    @Test
    void aManagerSetsUpACalendarAndAShopPolicyAndEveryoneSeesThem() throws Exception {
        String calendar = JsonPath.read(mvc.perform(post("/api/v1/desk/calendars").header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content(GERMAN_TEAM))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.holidayCountry").value("DE"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        String policy = JsonPath.read(savePolicy(manager, post("/api/v1/desk/sla-policies"), """
                {"name": "Berlin e-mail", "shop": "%s", "channel": "EMAIL", "firstResponseMinutes": 120,
                 "resolutionMinutes": 1440, "calendar": "%s"}""".formatted(seller.shop().id(), calendar))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pauseIn[0]").value("PENDING_BUYER"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/v1/desk/sla-policies").header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaults.firstResponse").value("PT4H"))
                .andExpect(jsonPath("$.policies.length()").value(1))
                .andExpect(jsonPath("$.policies[0].firstResponseMinutes").value(120));
        mvc.perform(get("/api/v1/desk/calendars").header("Authorization", agent))
                .andExpect(jsonPath("$[0].closedDays[0]").value("2026-12-31"));

        // Wed 30 Dec 17:00: 1 h on Wednesday, 31 Dec closed, 1 Jan a holiday, Sat-Sun; Mon 4 Jan 09:00 + 1 h
        preview(agent, "EMAIL", "2026-12-30T17:00:00+01:00")
                .andExpect(jsonPath("$.policyName").value("Berlin e-mail"))
                .andExpect(jsonPath("$.matchedOn[0]").value("shop"))
                .andExpect(jsonPath("$.calendar").value("German team"))
                .andExpect(jsonPath("$.dues[0].dueLocal").value("2027-01-04T10:00:00+01:00"))
                .andExpect(jsonPath("$.dues.length()").value(2));
        // a chat does not match the e-mail policy
        preview(agent, "TIKTOK_CHAT", "2026-12-30T17:00:00+01:00").andExpect(jsonPath("$.policyName").doesNotExist());

        mvc.perform(delete("/api/v1/desk/calendars/" + calendar).header("Authorization", manager))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("calendar: still used")));

        savePolicy(manager, put("/api/v1/desk/sla-policies/" + policy), """
                {"name": "Berlin e-mail", "shop": "%s", "channel": "EMAIL", "firstResponseMinutes": 120,
                 "enabled": false}""".formatted(seller.shop().id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.resolutionMinutes").doesNotExist());
        preview(agent, "EMAIL", "2026-12-30T17:00:00+01:00").andExpect(jsonPath("$.policyName").doesNotExist());

        mvc.perform(delete("/api/v1/desk/sla-policies/" + policy).header("Authorization", agent))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/desk/sla-policies/" + policy).header("Authorization", manager))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/desk/calendars/" + calendar).header("Authorization", manager))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/desk/calendars/" + calendar).header("Authorization", manager))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgentMayNotChangePoliciesOrCalendars() throws Exception {
        savePolicy(agent, post("/api/v1/desk/sla-policies"), "{\"name\": \"x\", \"firstResponseMinutes\": 60}")
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/desk/calendars").header("Authorization", agent)
                .contentType(MediaType.APPLICATION_JSON).content(GERMAN_TEAM)).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"a\", \"zone\": \"Europe/Berlin\", \"hours\": \"Mon-Fry 09:00-18:00\"} | hours: 'Fry' in 'Mon-Fry 09:00-18:00' is not a day",
            "{\"name\": \"a\", \"zone\": \"Europe/Berlin\", \"hours\": \"Mon-Fri 09:00-18:00; Sat 14:00-10:00\"} | hours: '14:00-10:00' in 'Sat 14:00-10:00' ends before it starts",
            "{\"name\": \"a\", \"zone\": \"Europe/Berln\", \"hours\": \"Mon-Fri 09:00-18:00\"} | zone: 'Europe/Berln' is not a known time zone",
            "{\"name\": \"a\", \"zone\": \"Europe/Berlin\", \"holidayCountry\": \"XX\", \"hours\": \"Mon-Fri 09:00-18:00\"} | holidayCountry: no public holidays known for 'XX'",
            "{\"name\": \"a\", \"zone\": \"Europe/Berlin\", \"hours\": \"Mon-Fri 09:00-18:00\", \"closedDays\": [\"2026-13-01\"]} | closedDays: '2026-13-01' is not a date",
            "{\"zone\": \"Europe/Berlin\", \"hours\": \"Mon-Fri 09:00-18:00\"} | name: must not be empty",
    })
    void aBadCalendarIsRefusedNamingTheFieldAndThePart(String json, String message) throws Exception {
        mvc.perform(post("/api/v1/desk/calendars").header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(message)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"a\", \"firstResponseMinutes\": 0} | firstResponseMinutes: must be more than 0",
            "{\"name\": \"a\", \"resolutionMinutes\": -5} | resolutionMinutes: must be more than 0",
            "{\"name\": \"a\"} | firstResponseMinutes: set at least one target",
            "{\"name\": \"a\", \"firstResponseMinutes\": 60, \"channel\": \"SMS\"} | channel: 'SMS' is not one of",
            "{\"name\": \"a\", \"firstResponseMinutes\": 60, \"priority\": \"CRITICAL\"} | priority: 'CRITICAL' is not one of",
            "{\"name\": \"a\", \"firstResponseMinutes\": 60, \"market\": \"Germany\"} | market: 'GERMANY' is not an ISO 3166",
            "{\"name\": \"a\", \"firstResponseMinutes\": 60, \"pauseIn\": [\"OPEN\"]} | pauseIn: OPEN is not a waiting status",
            "{\"name\": \"a\", \"firstResponseMinutes\": 60, \"shop\": \"00000000-0000-0000-0000-000000000000\"} | shop: no shop",
            "{\"name\": \"a\", \"firstResponseMinutes\": 60, \"calendar\": \"00000000-0000-0000-0000-000000000000\"} | calendar: no calendar",
            "{\"name\": \"a\", \"firstResponseMinutes\": 60, \"calendarHours\": true, \"calendar\": \"00000000-0000-0000-0000-000000000000\"} | calendar: choose a calendar or calendar hours",
    })
    void aBadPolicyIsRefusedNamingTheField(String json, String message) throws Exception {
        savePolicy(manager, post("/api/v1/desk/sla-policies"), json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(message)));
    }

    @Test
    void twoEnabledPoliciesCannotNameTheSameCriteria() throws Exception {
        savePolicy(manager, post("/api/v1/desk/sla-policies"), "{\"name\": \"DE\", \"market\": \"DE\", \"firstResponseMinutes\": 60}")
                .andExpect(status().isCreated());
        savePolicy(manager, post("/api/v1/desk/sla-policies"), "{\"name\": \"DE 2\", \"market\": \"DE\", \"firstResponseMinutes\": 90}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("another enabled policy has exactly these criteria")));
        savePolicy(manager, post("/api/v1/desk/sla-policies"), "{\"name\": \"DE\", \"market\": \"FR\", \"firstResponseMinutes\": 90}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("name: a policy named 'DE' exists already")));
    }

    @Test
    void aPreviewNamesWhatIsMissing() throws Exception {
        preview(agent, "EMAIL", "Thursday 5pm").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("receivedAt: 'Thursday 5pm' is not a time")));
        mvc.perform(post("/api/v1/desk/sla-policies/preview").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\": \"EMAIL\", \"receivedAt\": \"2026-12-24T17:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("shop: required"));
    }

    private ResultActions savePolicy(String bearer,
                                     org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                     String json) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions preview(String bearer, String channel, String receivedAt) throws Exception {
        return mvc.perform(post("/api/v1/desk/sla-policies/preview").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"shop\": \"%s\", \"channel\": \"%s\", \"receivedAt\": \"%s\"}"
                        .formatted(seller.shop().id(), channel, receivedAt)));
    }
}
