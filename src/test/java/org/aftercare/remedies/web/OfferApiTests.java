package org.aftercare.remedies.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.TestClock;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.remedies.RemedySeller;
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

import com.jayway.jsonpath.JsonPath;

/** The offers API: propose, grant, decline with the field named on bad input; the ledger as JSON and CSV; the policy. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class OfferApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    RemedySeller seller;
    String agent;
    String manager;

    @BeforeEach
    void aSeller() {
        seller = new RemedySeller("GB", tenants, shops, orders, shipments, parcels, jdbc, clock);
        agent = seller.tenant.bearer();
        manager = "Bearer " + tenants.issueApiToken(seller.tenant.id(), "manager", Role.MANAGER, seller.tenant.owner());
    }

    @Test
    void proposeGrantAndReadTheLedger() throws Exception {
        OrderId order = seller.order("amy", "KETTLE-01:40.00");
        String body = "{\"order\": \"" + order + "\", \"kind\": \"COUPON\", \"reason\": \"Waited two weeks for a kettle\"}";
        String created = mvc.perform(post("/api/v1/offers").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PROPOSED"))
                .andExpect(jsonPath("$.amount.amount").value(5.00))
                .andExpect(jsonPath("$.amount.currency").value("GBP"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id.value");

        mvc.perform(post("/api/v1/offers/" + id + "/grant").header("Authorization", agent))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("GRANTED"));
        mvc.perform(post("/api/v1/offers/" + id + "/decline").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"changed my mind\"}"))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/offers/ledger/totals").param("by", "SKU").header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].key").value("KETTLE-01"))
                .andExpect(jsonPath("$.rows[0].total.amount").value(5.00))
                .andExpect(jsonPath("$.rows[0].total.currency").value("GBP"));
        String csv = mvc.perform(get("/api/v1/offers/ledger.csv").header("Authorization", agent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("KETTLE-01", "COUPON", "5.00", "GBP");
        mvc.perform(get("/api/v1/offers").param("order", order.toString()).header("Authorization", agent))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        OrderId order = seller.order("joe", "LAMP-02:30.00");
        mvc.perform(post("/api/v1/offers").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("order"));
        mvc.perform(post("/api/v1/offers").header("Authorization", agent).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"order\": \"" + order + "\", \"kind\": \"PRIORITY_RESHIP\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        String created = mvc.perform(post("/api/v1/offers").header("Authorization", agent).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"order\": \"" + order + "\", \"kind\": \"PHONE_APOLOGY\", \"reason\": \"Very upset buyer\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id.value");
        mvc.perform(post("/api/v1/offers/" + id + "/decline").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(get("/api/v1/offers/ledger/totals").param("from", "2026-12-10").param("to", "2026-12-01")
                        .header("Authorization", agent))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void managersChangeThePolicyAndTheFieldIsNamedWhenItIsWrong() throws Exception {
        String shop = seller.tenant.shop().id().value().toString();
        mvc.perform(get("/api/v1/offers/policy/" + shop).header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce.coupon.amount").value(5.00))
                .andExpect(jsonPath("$.inForce.exchangeFirst").value(false));
        mvc.perform(put("/api/v1/offers/policy/" + shop).header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"coupon\": 4}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/offers/policy/" + shop).header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"capPerOrder\": -1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("capPerOrder"));
        mvc.perform(put("/api/v1/offers/policy/" + shop).header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"coupon\": 4, \"exchangeFirst\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce.coupon.amount").value(4.00))
                .andExpect(jsonPath("$.inForce.exchangeFirst").value(true));
    }
}
