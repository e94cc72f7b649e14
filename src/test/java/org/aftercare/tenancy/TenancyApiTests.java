package org.aftercare.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TenancyApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    TestTenant other;

    @BeforeEach
    void tenants() {
        seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        other = TestTenant.create(tenants, shops, "FR", Role.OWNER);
    }

    @Test
    void theApiNeedsAValidToken() throws Exception {
        mvc.perform(get("/api/v1/shops")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Send a valid API token as 'Authorization: Bearer <token>'"));
        mvc.perform(get("/api/v1/shops").header("Authorization", "Bearer ac_not_a_token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenSeesOnlyItsOwnTenantsShops() throws Exception {
        mvc.perform(get("/api/v1/shops").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].market").value("DE"));
        mvc.perform(get("/api/v1/shops/" + seller.shop().id()).header("Authorization", seller.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void anotherTenantsShopIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/shops/" + other.shop().id()).header("Authorization", seller.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Shop " + other.shop().id() + " not found"));
    }

    @Test
    void creatingAShopNamesEveryBadField() throws Exception {
        mvc.perform(post("/api/v1/shops").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Shop IT", "market": "Italy", "currency": "EUR",
                                 "timeZone": "Europe/Rome", "buyerLanguages": ["it"], "businessHours": "9 to 5"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'market')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'businessHours')]").exists());
    }

    @Test
    void malformedJsonIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/shops").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"buyerLanguages\": \"it\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("buyerLanguages"));
        mvc.perform(post("/api/v1/shops").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aManagerCreatesAShopAndTheAuditLogRecordsIt() throws Exception {
        mvc.perform(post("/api/v1/shops").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Shop IT", "market": "IT", "currency": "EUR", "timeZone": "Europe/Rome",
                                 "buyerLanguages": ["it", "en"], "businessHours": "Mon-Fri 09:00-18:00"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.market").value("IT"));
        Integer audited = jdbc.sql("select count(*) from audit_log where tenant_id = :t and action = 'shop.created'")
                .param("t", seller.id().value()).query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aViewerMayNotCreateShops() throws Exception {
        String viewerToken = tenants.issueApiToken(seller.id(), "read-only", Role.VIEWER, seller.owner());
        mvc.perform(post("/api/v1/shops").header("Authorization", "Bearer " + viewerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Shop ES", "market": "ES", "currency": "EUR", "timeZone": "Europe/Madrid",
                                 "buyerLanguages": ["es"]}
                                """))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokensAreStoredHashedAndIssuedOnlyByOwners() throws Exception {
        String stored = jdbc.sql("select token_hash from api_token where tenant_id = :t")
                .param("t", seller.id().value()).query(String.class).single();
        assertThat(stored).hasSize(64).isNotEqualTo(seller.token());

        String agentToken = tenants.issueApiToken(seller.id(), "agent", Role.AGENT, seller.owner());
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + agentToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"role\": \"AGENT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"erp\", \"role\": \"AGENT\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isString());
    }

    @Test
    void passwordsAreHashedWithArgon2() {
        String hash = jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", seller.owner().value()).query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestTenant.PASSWORD);
    }

    @Test
    void meTellsTheTenantAndRole() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(seller.id().toString()))
                .andExpect(jsonPath("$.role").value("OWNER"));
    }

    @Test
    void anOwnerAddsAnAgentLimitedToOneMarket() throws Exception {
        mvc.perform(put("/api/v1/members/agent.de@test.aftercare").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName": "Anna", "initialPassword": "a long enough secret", "role": "AGENT",
                                 "markets": ["DE"]}
                                """))
                .andExpect(status().isOk());
        UserId agent = tenants.findUser("AGENT.DE@test.aftercare").orElseThrow();
        assertThat(tenants.memberships(agent)).singleElement()
                .satisfies(m -> assertThat(m.markets()).containsExactly("DE"))
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.AGENT));
        mvc.perform(get("/api/v1/members").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.email == 'agent.de@test.aftercare')].markets[0]").value("DE"));
    }

    @Test
    void aNewMemberNeedsAnInitialPasswordAndAnExistingUserJustGetsTheGrant() throws Exception {
        mvc.perform(put("/api/v1/members/new@test.aftercare").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"N\", \"role\": \"VIEWER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("initialPassword: required for a new user"));
        mvc.perform(put("/api/v1/members/" + other.ownerEmail()).header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"Agency\", \"role\": \"MANAGER\"}"))
                .andExpect(status().isOk());
        assertThat(tenants.memberships(other.owner())).hasSize(2);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String token = tenants.issueApiToken(seller.id(), "short-lived", Role.AGENT, seller.owner());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/tokens/short-lived").header("Authorization", seller.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
