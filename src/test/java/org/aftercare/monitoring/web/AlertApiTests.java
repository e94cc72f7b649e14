package org.aftercare.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
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
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class AlertApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Parcels parcels;

    TestTenant seller;

    @BeforeEach
    void aSellerWithParcels() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
    }

    @Test
    void findsAlertsByRuleCarrierLaneAndAge() throws Exception {
        ShipmentId late = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 80);
        ShipmentId fresh = parcels.shippedHoursAgo(seller.shop(), "4PX", 50);
        ShipmentId lost = parcels.lost(seller.shop(), "4PX");
        parcels.awaitAlerts(seller.id(), 3);

        find("rule", "NO_PICKUP").andExpect(jsonPath("$.alerts.length()").value(2))
                .andExpect(jsonPath("$.alerts[0].rule").value("NO_PICKUP"))
                .andExpect(jsonPath("$.alerts[0].origin").value("CN"));
        find("rule", "EXCEPTION").andExpect(jsonPath("$.alerts[0].shipment").value(lost.toString()))
                .andExpect(jsonPath("$.alerts[0].severity").value("CRITICAL"));
        find("carrier", "YUNEXPRESS").andExpect(jsonPath("$.alerts.length()").value(1))
                .andExpect(jsonPath("$.alerts[0].shipment").value(late.toString()));
        find("trackingNumber", parcels.number(fresh)).andExpect(jsonPath("$.alerts.length()").value(1));
        find("lane", "CN-US").andExpect(jsonPath("$.alerts.length()").value(3));
        find("lane", "CN-GB").andExpect(jsonPath("$.alerts.length()").value(0));
        find("shop", seller.shop().id().toString()).andExpect(jsonPath("$.alerts.length()").value(3));
        find("status", "RESOLVED").andExpect(jsonPath("$.alerts.length()").value(1))
                .andExpect(jsonPath("$.alerts[0].resolvedBy").value("system"))
                .andExpect(jsonPath("$.alerts[0].shipment").value(lost.toString()));
        find("maxAge", "PT1H").andExpect(jsonPath("$.alerts.length()").value(3));
        find("minAge", "P3D").andExpect(jsonPath("$.alerts.length()").value(0));
        mvc.perform(get("/api/v1/alerts").param("size", "2").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$.alerts.length()").value(2))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.alerts[0].severity").value("CRITICAL"));
        mvc.perform(get("/api/v1/alerts/counts").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$.NO_PICKUP").value(2))
                .andExpect(jsonPath("$.EXCEPTION").value(1))
                .andExpect(jsonPath("$.STALLED").value(0));
    }

    @ParameterizedTest
    @CsvSource({
            "rule, NO_SCAN, 'rule: unknown value NO_SCAN; valid: NO_PICKUP, CUSTOMS_DWELL, STALLED'",
            "status, CLOSED, 'status: unknown value CLOSED; valid: OPEN, ACKNOWLEDGED, RESOLVED'",
            "lane, China-US, lane: write it as ORIGIN-DESTINATION",
            "minAge, 48h, minAge: an ISO-8601 duration such as PT48H or P3D",
            "maxAge, PT-3H, maxAge: an age cannot be negative",
            "shop, berlin, shop: not a shop id",
            "page, first, page"})
    void aBadFilterIsRefusedNamingTheParameter(String parameter, String value, String message) throws Exception {
        find(parameter, value).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(message)));
    }

    @Test
    void acknowledgesInBulkThenResolvesOnceWithAHistory() throws Exception {
        ShipmentId a = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 50);
        ShipmentId b = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 50);
        parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 50);
        parcels.awaitAlerts(seller.id(), 3);
        String first = alertOf(a);
        String second = alertOf(b);

        send("/api/v1/alerts/acknowledge", """
                {"ids": ["%s", "%s", "%s"]}""".formatted(first, second, UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledged").value(2))
                .andExpect(jsonPath("$.requested").value(3));
        find("status", "OPEN").andExpect(jsonPath("$.alerts.length()").value(1));
        find("status", "ACKNOWLEDGED").andExpect(jsonPath("$.alerts.length()").value(2));

        send("/api/v1/alerts/" + first + "/assign", "{\"owner\": \"li.wei@seller.example\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("li.wei@seller.example"));
        send("/api/v1/alerts/" + first + "/notes", "{\"note\": \"Called the warehouse\"}").andExpect(status().isOk());
        send("/api/v1/alerts/" + first + "/resolve", "{\"resolution\": \"Picked up late, scan arrived\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolution").value("Picked up late, scan arrived"))
                .andExpect(jsonPath("$.history[*].action").value(
                        org.hamcrest.Matchers.contains("raised", "acknowledged", "assigned", "note", "resolved")));

        send("/api/v1/alerts/" + first + "/resolve", "{\"resolution\": \"again\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("already resolved")));
        send("/api/v1/alerts/" + second + "/resolve", "{\"resolution\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("resolution")));
        send("/api/v1/alerts/acknowledge", "{\"ids\": []}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("ids")));
    }

    @Test
    void anotherTenantsAlertIsNotFound() throws Exception {
        ShipmentId shipment = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 50);
        parcels.awaitAlerts(seller.id(), 1);
        String alert = alertOf(shipment);
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.OWNER);

        mvc.perform(get("/api/v1/alerts/" + alert).header("Authorization", other.bearer())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alerts/" + alert + "/resolve").header("Authorization", other.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"resolution\": \"mine now\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/alerts/" + alert).header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.history[0].action").value("raised"));
    }

    @Test
    void anAgentLimitedToMarketsSeesOnlyTheirMarketsAlerts() throws Exception {
        Shop uk = shops.create(seller.id(), new Shops.NewShop("UK " + UUID.randomUUID(), null, "GB", "GBP",
                "Europe/London", List.of("en"), null));
        parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 50);
        ShipmentId british = parcels.shippedHoursAgo(uk, "YUNEXPRESS", 50);
        parcels.awaitAlerts(seller.id(), 2);
        String ukAlert = alertOf(british);
        Actor usAgent = new Actor("agent.us@seller.example", seller.owner(), seller.id(), Role.AGENT, Set.of("US"));
        TestingAuthenticationToken signedIn = new TestingAuthenticationToken(usAgent, null, "ROLE_API");

        mvc.perform(get("/api/v1/alerts").with(authentication(signedIn)))
                .andExpect(jsonPath("$.alerts.length()").value(1))
                .andExpect(jsonPath("$.alerts[0].destination").value("US"));
        mvc.perform(get("/api/v1/alerts/counts").with(authentication(signedIn)))
                .andExpect(jsonPath("$.NO_PICKUP").value(1));
        mvc.perform(get("/api/v1/alerts/" + ukAlert).with(authentication(signedIn))).andExpect(status().isNotFound());
        find("shop", uk.id().toString()).andExpect(jsonPath("$.alerts.length()").value(1));
    }

    @Test
    void aBuyerReportOpensDeliveredNotReceivedOnlyForADeliveredParcel() throws Exception {
        ShipmentId delivered = parcels.delivered(seller.shop(), "YUNEXPRESS");
        ShipmentId inTransit = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 2);

        send("/api/v1/shipments/" + delivered + "/delivered-not-received", "{\"statement\": \"Nothing in my mailbox\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rule").value("DELIVERED_NOT_RECEIVED"))
                .andExpect(jsonPath("$.severity").value("CRITICAL"))
                .andExpect(jsonPath("$.history[*].note").value(org.hamcrest.Matchers.hasItem("Nothing in my mailbox")));
        send("/api/v1/shipments/" + inTransit + "/delivered-not-received", "{\"statement\": \"Where is it?\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no delivered scan")));
        send("/api/v1/shipments/" + UUID.randomUUID() + "/delivered-not-received", "{\"statement\": \"?\"}")
                .andExpect(status().isNotFound());
    }

    private ResultActions find(String parameter, String value) throws Exception {
        return mvc.perform(get("/api/v1/alerts").param(parameter, value).header("Authorization", seller.bearer()));
    }

    private ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String alertOf(ShipmentId shipment) throws Exception {
        String body = mvc.perform(get("/api/v1/alerts").param("trackingNumber", parcels.number(shipment))
                .header("Authorization", seller.bearer())).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.alerts[*].id");
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }
}
