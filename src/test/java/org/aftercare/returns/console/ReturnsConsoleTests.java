package org.aftercare.returns.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.aftercare.TestTenant;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.Orders;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.returns.ReturnView;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/** Who may see and do what on the returns console, rendered on the server. */
@SpringBootTest
@AutoConfigureMockMvc
class ReturnsConsoleTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRequests returns;
    @Autowired ReturnPolicies policies;
    @Autowired Clock clock;

    ReturnsSeller seller;
    ReturnView waiting;
    ReturnView decided;

    @BeforeEach
    void aSellerWithReturns() {
        seller = new ReturnsSeller("US", tenants, shops, orders, parcels, jdbc, returns, clock);
        waiting = seller.needingReview(seller.deliveredOrder(), Duration.ofHours(2), null);
        decided = seller.decidedByRules(seller.deliveredOrder());
        assertThat(waiting.decision()).isEqualTo(ReturnAction.NEEDS_REVIEW);
        assertThat(decided.decision()).isEqualTo(ReturnAction.RETURNLESS_REFUND);
    }

    @Test
    void anAgentSeesTheQueueAndDecidesARequestWaitingForReview() throws Exception {
        RequestPostProcessor agent = as(Role.AGENT, Set.of());
        String queue = page("/returns", agent);
        assertThat(queue).contains("Return #" + waiting.number()).contains("Return #" + decided.number())
                .contains("UNCLEAR_REASON").contains("LOW_VALUE_KEEP_ITEM").contains("/insights/returns");
        assertThat(queue.indexOf("Return #" + waiting.number())).isLessThan(queue.indexOf("Return #" + decided.number()));
        assertThat(page("/returns?status=REFUND_QUEUED", agent)).doesNotContain("Return #" + waiting.number() + "<");
        assertThat(page("/returns?reason=OTHER", agent)).contains("Return #" + waiting.number())
                .doesNotContain("Return #" + decided.number() + "<");

        assertThat(page("/returns/" + waiting.id().value(), agent)).contains("UNCLEAR_REASON").contains("decide-submit");
        mvc.perform(post("/returns/" + waiting.id().value() + "/decision").param("action", "PARTIAL_REFUND")
                        .param("amount", "500").param("reason", "Too much").with(csrf()).with(agent))
                .andExpect(status().is3xxRedirection());
        assertThat(returns.find(seller.tenant.id(), waiting.id()).orElseThrow().decision()).isEqualTo(ReturnAction.NEEDS_REVIEW);

        mvc.perform(post("/returns/" + waiting.id().value() + "/decision").param("action", "REJECT")
                        .param("reason", "Photos show the item worn").with(csrf()).with(agent))
                .andExpect(status().is3xxRedirection());
        ReturnView after = returns.find(seller.tenant.id(), waiting.id()).orElseThrow();
        assertThat(after.decision()).isEqualTo(ReturnAction.REJECT);
        assertThat(after.decisionRule()).isEqualTo("AGENT_REVIEW");
        assertThat(page("/returns/" + waiting.id().value(), agent)).contains("Photos show the item worn")
                .doesNotContain("decide-submit");
    }

    @Test
    void aViewerReadsButCannotDecide() throws Exception {
        RequestPostProcessor viewer = as(Role.VIEWER, Set.of());
        assertThat(page("/returns", viewer)).contains("Return #" + waiting.number());
        assertThat(page("/returns/" + waiting.id().value(), viewer)).doesNotContain("decide-submit");
        mvc.perform(post("/returns/" + waiting.id().value() + "/decision").param("action", "APPROVE_RETURN")
                        .param("reason", "ok").with(csrf()).with(viewer))
                .andExpect(status().isForbidden());
        assertThat(returns.find(seller.tenant.id(), waiting.id()).orElseThrow().decidedAt()).isNull();
    }

    @Test
    void onlyAManagerOverridesADecidedRequest() throws Exception {
        RequestPostProcessor agent = as(Role.AGENT, Set.of());
        assertThat(page("/returns/" + decided.id().value(), agent)).doesNotContain("decide-submit");
        mvc.perform(post("/returns/" + decided.id().value() + "/decision").param("action", "REJECT")
                        .param("reason", "no").with(csrf()).with(agent))
                .andExpect(status().isForbidden());

        RequestPostProcessor manager = as(Role.MANAGER, Set.of());
        assertThat(page("/returns/" + decided.id().value(), manager)).contains("decide-submit").contains("Override the decision");
        mvc.perform(post("/returns/" + decided.id().value() + "/decision").param("action", "APPROVE_RETURN")
                        .param("reason", "We want the item back to inspect it").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection());
        ReturnView after = returns.find(seller.tenant.id(), decided.id()).orElseThrow();
        assertThat(after.decisionRule()).isEqualTo("MANAGER_OVERRIDE");
        assertThat(after.refunds()).extracting(ReturnView.Refund::status).containsExactly("CANCELLED");
        assertThat(jdbc.sql("select count(*) from audit_log where tenant_id = :t and action = 'return.override'")
                .param("t", seller.tenant.id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherTenantsReturnIsNotFound() throws Exception {
        ReturnsSeller other = new ReturnsSeller("US", tenants, shops, orders, parcels, jdbc, returns, clock);
        RequestPostProcessor stranger = signedIn(other.user(Role.MANAGER, Set.of()));
        mvc.perform(get("/returns/" + waiting.id().value()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/returns/" + waiting.id().value() + "/decision").param("action", "REJECT")
                        .param("reason", "mine now").with(csrf()).with(stranger))
                .andExpect(status().isNotFound());
        assertThat(page("/returns", stranger)).doesNotContain("Return #" + waiting.number() + "<");
        assertThat(returns.find(seller.tenant.id(), waiting.id()).orElseThrow().decidedAt()).isNull();
    }

    @Test
    void anAgentSeesOnlyTheirMarkets() throws Exception {
        RequestPostProcessor german = as(Role.AGENT, Set.of("DE"));
        mvc.perform(get("/returns/" + waiting.id().value()).with(german)).andExpect(status().isNotFound());
        mvc.perform(post("/returns/" + waiting.id().value() + "/decision").param("action", "REJECT")
                        .param("reason", "not mine").with(csrf()).with(german))
                .andExpect(status().isNotFound());
        String queue = page("/returns", german);
        assertThat(queue).doesNotContain("Return #" + waiting.number() + "<").doesNotContain("Return #" + decided.number() + "<");
        mvc.perform(get("/returns/policy").param("shop", seller.tenant.shop().id().value().toString()).with(german))
                .andExpect(status().isNotFound());
    }

    @Test
    void managersEditThePolicyAndOthersRead() throws Exception {
        String shop = seller.tenant.shop().id().value().toString();
        RequestPostProcessor agent = as(Role.AGENT, Set.of());
        assertThat(page("/returns/policy", agent)).contains("within 30 days").doesNotContain("policy-submit");
        mvc.perform(post("/returns/policy").param("shop", shop).param("windowDays", "45").with(csrf()).with(agent))
                .andExpect(status().isForbidden());

        RequestPostProcessor manager = as(Role.MANAGER, Set.of());
        mvc.perform(post("/returns/policy").param("shop", shop).param("windowDays", "10").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection());
        assertThat(policies.effective(seller.tenant.id(), seller.tenant.shop()).windowDays()).isEqualTo(30);
        mvc.perform(post("/returns/policy").param("shop", shop).param("partialRefundPercent", "lots").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection());
        assertThat(policies.effective(seller.tenant.id(), seller.tenant.shop()).customized()).isFalse();

        mvc.perform(post("/returns/policy").param("shop", shop).param("windowDays", "45").param("exchangeFirst", "true")
                        .param("nonReturnableSkuPrefixes", "HYG-, CUSTOM-").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection());
        var policy = policies.effective(seller.tenant.id(), seller.tenant.shop());
        assertThat(policy.windowDays()).isEqualTo(45);
        assertThat(policy.exchangeFirst()).isTrue();
        assertThat(policy.nonReturnableSkuPrefixes()).containsExactly("HYG-", "CUSTOM-");
        assertThat(page("/returns/policy?shop=" + shop + "&language=de", manager)).contains("innerhalb von 45 Tagen");

        String preview = mvc.perform(get("/returns/policy/preview").param("shop", shop).param("language", "fr")
                        .param("windowDays", "60").header("HX-Request", "true").with(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("dans les 60 jours").doesNotContain("<html");
        String readerPreview = mvc.perform(get("/returns/policy/preview").param("shop", shop).param("language", "en")
                        .param("windowDays", "60").header("HX-Request", "true").with(agent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(readerPreview).contains("within 45 days");
    }

    @Test
    void aBadPolicyIsRefusedNamingTheField() throws Exception {
        String shop = seller.tenant.shop().id().value().toString();
        RequestPostProcessor manager = as(Role.MANAGER, Set.of());
        var session = mvc.perform(post("/returns/policy").param("shop", shop).param("windowDays", "10").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get(session.getResponse().getRedirectedUrl()).locale(Locale.ENGLISH).with(manager)
                        .flashAttrs(session.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Not saved: windowDays: 10 is outside the allowed 14–90 days").contains("value=\"10\"");
    }

    private RequestPostProcessor as(Role role, Set<String> markets) throws Exception {
        return signedIn(seller.user(role, markets));
    }

    private RequestPostProcessor signedIn(String email) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(email).password(TestTenant.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return request -> {
            request.setCookies(session);
            return request;
        };
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).locale(Locale.ENGLISH).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
