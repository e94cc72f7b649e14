package org.aftercare.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.returns.ReturnView;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/** The refund cash-flow page: what it shows, and that only a manager marks a refund paid. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class RefundsPageTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnsToReceive returns;
    @Autowired ReturnWarehouses warehouses;
    @Autowired Receiving receiving;

    TestTenant seller;
    ReturnView received;
    UUID refund;

    @BeforeEach
    void aReturnReceivedWithItsRefundQueued() {
        seller = aSellerWithAReceivedReturn(tenants, shops, jdbc, returns, warehouses, receiving);
        received = returns.returns.list(ReturnsToReceive.owner(seller), null, null, 10).getFirst();
        refund = received.refunds().getFirst().id();
    }

    /** A US seller whose approved return of 104.00 USD was scanned at its warehouse: refund QUEUED. */
    static TestTenant aSellerWithAReceivedReturn(Tenants tenants, Shops shops, JdbcClient jdbc, ReturnsToReceive returns,
                                                 ReturnWarehouses warehouses, Receiving receiving) {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing").update();
        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.MANAGER);
        ReturnWarehouses.Warehouse newark = warehouses.create(ReturnsToReceive.owner(seller), new ReturnWarehouses.NewWarehouse(
                "Newark returns", "US", "1 Port St, Newark NJ", "LOCAL_RETURN_WAREHOUSE", List.of()));
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        receiving.scan(ReturnsToReceive.owner(seller), newark.id(), "R-" + r.number());
        return seller;
    }

    @Test
    void aManagerSeesTheCashFlowAndMarksARefundPaid() throws Exception {
        RequestPostProcessor manager = as(Role.MANAGER);
        String page = page("/returns/refunds", manager);
        String today = LocalDate.now(returns.clock.withZone(java.time.ZoneOffset.UTC)).toString();
        assertThat(page).contains("Refunds and cash flow").contains("id=\"refund-chart\"")
                .contains("R-" + received.number()).contains("104.00 USD").contains("class=\"mark-paid\"")
                .contains("<td>" + today + "</td>").contains("/webjars/echarts/").contains("/js/refunds.js");

        var paid = mvc.perform(post("/returns/refunds/" + refund + "/paid").param("platformReference", "TTS-RF-77")
                        .param("back", "/returns/refunds?currency=USD").with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(paid.getResponse().getRedirectedUrl()).isEqualTo("/returns/refunds?currency=USD");
        assertThat(mvc.perform(get("/returns/refunds?currency=USD").locale(Locale.ENGLISH).with(manager)
                        .flashAttrs(paid.getFlashMap())).andReturn().getResponse().getContentAsString())
                .contains("Refund of 104.00 USD marked paid under TTS-RF-77.");
        mvc.perform(post("/returns/refunds/" + refund + "/paid").param("platformReference", "TTS-RF-77")
                .with(csrf()).with(manager)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status || ' ' || platform_reference from refund where id = :id").param("id", refund)
                .query(String.class).single()).isEqualTo("PAID TTS-RF-77");
        assertThat(page("/returns/refunds?currency=USD", manager)).contains("No refund is waiting to be paid.")
                .contains("104.00");
        assertThat(page("/returns/refunds?currency=EUR", manager)).contains("No refunds in this period.");
        assertThat(page("/returns/refunds?from=2026-12-10&to=2026-12-01", manager)).contains("Not done: to:");
    }

    @Test
    void aViewerReadsButCannotMarkPaid() throws Exception {
        RequestPostProcessor viewer = as(Role.VIEWER);
        assertThat(page("/returns/refunds", viewer)).contains("R-" + received.number()).doesNotContain("class=\"mark-paid\"");
        mvc.perform(post("/returns/refunds/" + refund + "/paid").param("platformReference", "TTS-RF-1")
                .with(csrf()).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/returns/refunds/" + refund + "/paid").param("platformReference", "TTS-RF-1")
                .with(csrf()).with(as(Role.AGENT))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from refund where id = :id").param("id", refund)
                .query(String.class).single()).isEqualTo("QUEUED");
        assertThat(page("/returns/refunds", as(Role.OWNER))).contains("R-" + received.number());
    }

    private RequestPostProcessor as(Role role) throws Exception {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@refunds.example";
        UserId user = tenants.createUser(email, "Refunds " + role.name().toLowerCase(), TestTenant.PASSWORD, "en");
        tenants.grant(user, seller.id(), role, Set.of());
        Cookie session = mvc.perform(formLogin("/login").user(email).password(TestTenant.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
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
