package org.aftercare.console.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.aftercare.console.TestSellers;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** An agent limited to some markets sees only those shops on the home page. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleHomeMarketsTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    @Test
    void anAgentForGermanySeesOnlyTheGermanShop() throws Exception {
        TestSellers sellers = new TestSellers(tenants, shops, jdbc);
        TenantId seller = sellers.seller("Nordlicht");
        sellers.shop(seller, "Nordlicht DE", "DE", "EUR", "Europe/Berlin");
        sellers.shop(seller, "Nordlicht FR", "FR", "EUR", "Europe/Paris");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agent = "agent-" + suffix + "@nordlicht.example";
        String owner = "owner-" + suffix + "@nordlicht.example";
        tenants.grant(tenants.createUser(agent, "Agent", PASSWORD, "en"), seller, Role.AGENT, Set.of("DE"));
        tenants.grant(tenants.createUser(owner, "Owner", PASSWORD, "en"), seller, Role.OWNER, Set.of());

        String agentPage = home(agent);
        String ownerPage = home(owner);

        assertThat(agentPage).contains("Nordlicht DE").doesNotContain("Nordlicht FR");
        assertThat(ownerPage).contains("Nordlicht DE", "Nordlicht FR");
    }

    private static final String PASSWORD = "a long test password";

    /** Signs in through the real form login and opens the home page. */
    private String home(String email) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        return mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
