package org.aftercare.remedies.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Currency;
import java.util.Locale;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.Orders;
import org.aftercare.remedies.RemedySeller;
import org.aftercare.remedies.policy.RemedyPolicies;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
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

/** The policy editor: a manager moves the coupon tier; a wrong value is named and nothing is saved; an agent only reads. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class RemedyPolicyConsoleTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired RemedyPolicies policies;

    RemedySeller seller;

    @BeforeEach
    void aSellerInFrance() {
        seller = new RemedySeller("FR", tenants, shops, orders, shipments, parcels, jdbc, clock);
    }

    @Test
    void aManagerChangesTheTiersAndAWrongValueIsNamed() throws Exception {
        RequestPostProcessor manager = signedIn(seller.user(Role.MANAGER));
        String shop = seller.tenant.shop().id().value().toString();
        String page = mvc.perform(get("/offers/policy").locale(Locale.ENGLISH).with(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Coupon from (days late)").contains("id=\"inforce-exchangeFirst\">Yes<");

        mvc.perform(post("/offers/policy").param("shop", shop).param("couponFromDaysLate", "2").param("coupon", "4,50")
                        .with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
        var policy = policies.effective(seller.tenant.id(), seller.tenant.shop(), "FR", Currency.getInstance("EUR"));
        assertThat(policy.couponFromDaysLate()).isEqualTo(2);
        assertThat(policy.coupon().amount()).isEqualByComparingTo("4.50");

        mvc.perform(post("/offers/policy").param("shop", shop).param("partialRefundPercent", "ten")
                        .with(csrf()).with(manager))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("field", "partialRefundPercent"));
        assertThat(policies.effective(seller.tenant.id(), seller.tenant.shop(), "FR", Currency.getInstance("EUR"))
                .couponFromDaysLate()).as("a rejected form saves nothing").isEqualTo(2);

        RequestPostProcessor agent = signedIn(seller.user(Role.AGENT));
        assertThat(mvc.perform(get("/offers/policy").locale(Locale.ENGLISH).with(agent)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"policy-submit\"");
        mvc.perform(post("/offers/policy").param("shop", shop).param("coupon", "1").with(csrf()).with(agent))
                .andExpect(status().isForbidden());
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
}
