package org.aftercare.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.TestTenant;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class UnderstandingApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;

    TestTenant seller;

    @BeforeEach
    void aSellerWithAReadOnlyToken() {
        seller = TestTenant.create(tenants, shops, "DE", Role.VIEWER);
    }

    @Test
    void understandsAMessageWithItsContext() throws Exception {
        mvc.perform(post("/api/v1/desk/understand").header(HttpHeaders.AUTHORIZATION, seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"text": "Wo bleibt mein Paket? Sonst gehe ich zum Anwalt!",
                                 "contactsInLast7Days": 3, "daysLate": 6, "orderValue": 89.90, "currency": "EUR"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("de"))
                .andExpect(jsonPath("$.supported").value(true))
                .andExpect(jsonPath("$.intent").value("COMPLAINT_OR_THREAT"))
                .andExpect(jsonPath("$.explanation").value(hasItem(containsString("anwalt"))))
                .andExpect(jsonPath("$.riskReasons").value(hasItem("THREAT_OF_LEGAL_ACTION")))
                .andExpect(jsonPath("$.riskReasons").value(hasItem("REPEATED_CONTACTS")))
                .andExpect(jsonPath("$.escalate").value(true));
    }

    @Test
    void treatsMarkupAsText() throws Exception {
        mvc.perform(post("/api/v1/desk/understand").header(HttpHeaders.AUTHORIZATION, seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"<img src=x onerror=alert(1)> colis abîmé, je veux un remboursement\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.escalate").value(false));
    }

    @Test
    void namesTheFieldOfAnEmptyText() throws Exception {
        mvc.perform(post("/api/v1/desk/understand").header(HttpHeaders.AUTHORIZATION, seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("text")));
        mvc.perform(post("/api/v1/desk/understand").header(HttpHeaders.AUTHORIZATION, seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"daysLate\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("text")));
    }

    @Test
    void needsAnApiToken() throws Exception {
        mvc.perform(post("/api/v1/desk/understand").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"hi\"}"))
                .andExpect(status().isUnauthorized());
    }
}
