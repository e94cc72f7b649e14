package org.aftercare.logistics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Registering and reading shipments over the API. */
@SpringBootTest
@AutoConfigureMockMvc
class ShipmentApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;

    @BeforeEach
    void seller() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER'), "
                + "('DHL_DE', 'DHL Paket', 'LAST_MILE') on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
    }

    @Test
    void registersAShipmentThen200WhenItExistedAndReadsItBackWithItsEta() throws Exception {
        String number = number();
        String body = registration(seller.shop().id().value(), number, "YUNEXPRESS");

        String location = mvc.perform(post("/api/v1/shipments").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.trackingNumber").value(number))
                .andExpect(jsonPath("$.status").value("InfoReceived"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(post("/api/v1/shipments").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", location));

        mvc.perform(get(location).header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.carrier").value("YUNEXPRESS"))
                .andExpect(jsonPath("$.destination").value("DE"))
                .andExpect(jsonPath("$.milestones.LABEL_CREATED").value("2026-11-02T08:00:00Z"))
                .andExpect(jsonPath("$.eta.earliest").exists())
                .andExpect(jsonPath("$.eta.latest").exists());

        mvc.perform(get("/api/v1/shipments").param("trackingNumber", number.toLowerCase())
                        .header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].trackingNumber").value(number));
    }

    @Test
    void anUnknownCarrierIsA400SayingSo() throws Exception {
        mvc.perform(post("/api/v1/shipments").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(seller.shop().id().value(), number(), "NO_SUCH_CARRIER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("carrier: unknown carrier code 'NO_SUCH_CARRIER'")));
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        mvc.perform(post("/api/v1/shipments").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shop\":\"" + seller.shop().id().value() + "\",\"origin\":\"China\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "trackingNumber", "carrier", "origin", "destination", "shippedAt")));
    }

    @Test
    void anotherTenantsShopOrShipmentIsNotFound() throws Exception {
        TestTenant other = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        mvc.perform(post("/api/v1/shipments").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(other.shop().id().value(), number(), "YUNEXPRESS")))
                .andExpect(status().isNotFound());

        String location = mvc.perform(post("/api/v1/shipments").header("Authorization", other.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(other.shop().id().value(), number(), "YUNEXPRESS")))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).header("Authorization", seller.bearer()))
                .andExpect(status().isNotFound());

        String withOrder = registration(seller.shop().id().value(), number(), "YUNEXPRESS")
                .replace("{", "{\"orderId\":\"" + UUID.randomUUID() + "\",");
        mvc.perform(post("/api/v1/shipments").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(withOrder))
                .andExpect(status().isNotFound());
    }

    static String number() {
        return "YT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static String registration(UUID shop, String number, String carrier) {
        return """
                {"shop":"%s","trackingNumber":"%s","carrier":"%s","origin":"CN","destination":"DE",
                 "shippedAt":"2026-11-02T16:00:00+08:00","promisedBy":"2026-11-20","hot":false}
                """.formatted(shop, number, carrier);
    }
}
