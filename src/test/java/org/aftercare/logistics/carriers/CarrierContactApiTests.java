package org.aftercare.logistics.carriers;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class CarrierContactApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;

    @BeforeEach
    void aSeller() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing")
                .update();
        seller = TestTenant.create(tenants, shops, "US", Role.MANAGER);
    }

    String add(TestTenant who, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/carrier-contacts").header("Authorization", who.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void addsListsChangesAndDeletesAContact() throws Exception {
        String id = add(seller, """
                {"carrierCode": "yunexpress", "country": "us", "channel": "email", "value": "claims-us@yunexpress.example",
                 "claimWindowDays": 30, "notes": "Claims in English; attach the label"}""");
        add(seller, """
                {"carrierCode": "YUNEXPRESS", "channel": "wechat", "value": "yun-cs-01"}""");

        mvc.perform(get("/api/v1/carrier-contacts").param("carrier", "YUNEXPRESS").param("country", "US")
                        .header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].channel").value("WECHAT"))          // any country first
                .andExpect(jsonPath("$[1].country").value("US"))
                .andExpect(jsonPath("$[1].claimWindowDays").value(30))
                .andExpect(jsonPath("$[1].updatedBy").value("token:test"));

        mvc.perform(put("/api/v1/carrier-contacts/" + id).header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"carrierCode": "YUNEXPRESS", "country": "US", "channel": "portal",
                                 "value": "https://claims.yunexpress.example", "claimWindowDays": 45}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("PORTAL"))
                .andExpect(jsonPath("$.claimWindowDays").value(45))
                .andExpect(jsonPath("$.notes").doesNotExist());

        mvc.perform(delete("/api/v1/carrier-contacts/" + id).header("Authorization", seller.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/carrier-contacts/" + id).header("Authorization", seller.bearer()))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"channel": "email", "value": "a@b.example"}                                     | carrierCode: required
            {"carrierCode": "NOSUCH", "channel": "email", "value": "a@b.example"}            | carrierCode: unknown carrier NOSUCH
            {"carrierCode": "YUNEXPRESS", "channel": "fax", "value": "123"}                  | channel: must be email, phone, portal, wechat or other
            {"carrierCode": "YUNEXPRESS", "channel": "email", "value": "not-an-address"}     | value: not an e-mail address
            {"carrierCode": "YUNEXPRESS", "channel": "phone", "value": " "}                  | value: required
            {"carrierCode": "YUNEXPRESS", "country": "USA", "channel": "phone", "value": "1"} | country: must be an ISO country code such as US
            {"carrierCode": "YUNEXPRESS", "channel": "phone", "value": "1", "claimWindowDays": 0} | claimWindowDays: must be between 1 and 3650
            """)
    void aBadContactNamesTheField(String json, String detail) throws Exception {
        mvc.perform(post("/api/v1/carrier-contacts").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    void agentsReadButDoNotEditTheDirectory() throws Exception {
        TestTenant agentSeller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        mvc.perform(post("/api/v1/carrier-contacts").header("Authorization", agentSeller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrierCode\": \"YUNEXPRESS\", \"channel\": \"phone\", \"value\": \"1\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/carrier-contacts").header("Authorization", agentSeller.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void anotherTenantsContactIsNotFound() throws Exception {
        String id = add(seller, "{\"carrierCode\": \"YUNEXPRESS\", \"channel\": \"phone\", \"value\": \"+86 755 0000\"}");
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.OWNER);

        mvc.perform(get("/api/v1/carrier-contacts").header("Authorization", other.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/carrier-contacts/" + id).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/carrier-contacts/" + id).header("Authorization", other.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrierCode\": \"YUNEXPRESS\", \"channel\": \"phone\", \"value\": \"2\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/carrier-contacts/" + id).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());
    }
}
