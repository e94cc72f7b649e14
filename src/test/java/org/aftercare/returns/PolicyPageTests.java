package org.aftercare.returns;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.MockMvc;

/** The return policy as an API snippet and as the public buyer page, per market and language. */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPageTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;

    @Test
    void theSnippetIsInTheAskedLanguage() throws Exception {
        TestTenant fr = TestTenant.create(tenants, shops, "FR", Role.VIEWER);
        mvc.perform(get("/api/v1/returns/policy/" + fr.shop().id()).header("Authorization", fr.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.title").value("Retours et remboursements"))
                .andExpect(jsonPath("$.settings.exchangeFirst").value(true))
                .andExpect(jsonPath("$.settings.windowDays").value(30))
                .andExpect(jsonPath("$.settings.returnlessUpTo").value(15));
        mvc.perform(get("/api/v1/returns/policy/" + fr.shop().id()).param("language", "it").header("Authorization", fr.bearer()))
                .andExpect(jsonPath("$.title").value("Resi e rimborsi"))
                .andExpect(jsonPath("$.text").value(containsString("entro 30 giorni dalla consegna")));
        mvc.perform(get("/api/v1/returns/policy/" + fr.shop().id()).param("market", "France").header("Authorization", fr.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("market"));
    }

    @Test
    void buyersReadThePolicyWithoutLoggingIn() throws Exception {
        TestTenant de = TestTenant.create(tenants, shops, "DE", Role.VIEWER);
        mvc.perform(get("/buyer/returns-policy/" + de.shop().id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"de\""), containsString("Rückgabe und Erstattung"),
                        containsString("gesetzliches Widerrufsrecht"), not(containsString("Umtausch an")))));
        mvc.perform(get("/buyer/returns-policy/" + de.shop().id()).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Devoluciones y reembolsos"),
                        containsString("derecho legal de desistimiento"), containsString("Español"))));
        mvc.perform(get("/buyer/returns-policy/" + de.shop().id()).param("lang", "zh"))
                .andExpect(content().string(containsString("退货与退款")));
        mvc.perform(get("/buyer/returns-policy/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
