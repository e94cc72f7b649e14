package org.aftercare.integrations;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TrackingConnectionApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;

    @Test
    void aManagerConnectsAfterShipAndGetsItsWebhookUrlButNeverTheSecretBack() throws Exception {
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        String id = "as-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/tracking-connections").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"aftership\",\"name\":\"AfterShip EU\",\"secret\":\"whsec-123456\",\"id\":\"" + id + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.webhookPath").value("/hooks/aftership/" + id))
                .andExpect(jsonPath("$.secret").doesNotExist());
        mvc.perform(get("/api/v1/tracking-connections").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].provider").value("aftership"));

        TestTenant other = TestTenant.create(tenants, shops, "FR", Role.OWNER);
        mvc.perform(post("/api/v1/tracking-connections").header("Authorization", other.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"aftership\",\"name\":\"stolen\",\"secret\":\"whsec-999999\",\"id\":\"" + id + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/tracking-connections/" + id).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/v1/tracking-connections/" + id).header("Authorization", seller.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/hooks/aftership/" + id).contentType(MediaType.APPLICATION_JSON).content("{}")
                .header("aftership-hmac-sha256", WebhookFakes.afterShipSign("{}", "whsec-123456")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badFieldsAreNamedAndAgentsMayNotConnect() throws Exception {
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        mvc.perform(post("/api/v1/tracking-connections").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"fedex\",\"name\":\"x\",\"secret\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'provider')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'secret')]").exists());
        String agent = tenants.issueApiToken(seller.id(), "agent", Role.AGENT, seller.owner());
        mvc.perform(get("/api/v1/tracking-connections").header("Authorization", "Bearer " + agent))
                .andExpect(status().isForbidden());
    }
}
