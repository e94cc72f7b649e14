package org.aftercare.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.aftercare.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

@SpringBootTest
@AutoConfigureMockMvc
class ConsoleLoginTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    @Test
    void theConsoleAsksStrangersToLogIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        mvc.perform(post("/login").with(csrf()).param("username", seller.ownerEmail()).param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(count("login.failed", seller.ownerEmail())).isEqualTo(1);
    }

    @Test
    void anAgencyUserSwitchesOnlyBetweenTheirOwnTenants() throws Exception {
        TestTenant first = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        TestTenant second = TestTenant.create(tenants, shops, "FR", Role.OWNER);
        TestTenant stranger = TestTenant.create(tenants, shops, "IT", Role.OWNER);
        tenants.grant(first.owner(), second.id(), Role.MANAGER, Set.of());

        // Sessions live in PostgreSQL (Spring Session JDBC) and are found by their cookie.
        Cookie session = mvc.perform(post("/login").with(csrf())
                        .param("username", first.ownerEmail()).param("password", TestTenant.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(count("login.succeeded", first.ownerEmail())).isEqualTo(1);

        mvc.perform(post("/session/tenant").with(csrf()).cookie(session).param("tenant", second.id().toString()))
                .andExpect(redirectedUrl("/"));
        assertThat(count("tenant.switched", first.ownerEmail())).isEqualTo(1);

        mvc.perform(post("/session/tenant").with(csrf()).cookie(session).param("tenant", stranger.id().toString()))
                .andExpect(status().isNotFound());
    }

    private int count(String action, String actor) {
        return jdbc.sql("select count(*) from audit_log where action = :action and actor = :actor")
                .param("action", action).param("actor", actor).query(Integer.class).single();
    }
}
