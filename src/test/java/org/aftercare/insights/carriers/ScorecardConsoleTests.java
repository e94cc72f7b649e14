package org.aftercare.insights.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aftercare.TestTenant;
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

import jakarta.servlet.http.Cookie;

/** The insights page and the carrier directory page, rendered on the server. */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardConsoleTests {

    @Autowired MockMvc mvc;
    @Autowired ScorecardRollup rollup;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;

    @BeforeEach
    void aSellerWithSeptemberParcels() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing")
                .update();
        seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        var parcels = List.of(
                ADeliveredShipment.by("YUNEXPRESS").shipped("2026-09-01T00:00:00Z").pickedUpAfterHours(10).deliveredAfterDays(5)
                        .promisedBy("2026-09-10").insert(jdbc, seller),
                ADeliveredShipment.by("YUNEXPRESS").shipped("2026-09-02T00:00:00Z").pickedUpAfterHours(20).deliveredAfterDays(7)
                        .insert(jdbc, seller));
        rollup.markStale(seller.id(), parcels);
        rollup.refreshAllStale();
    }

    /** Signs in through the login form, so the page gets its shell (navigation, the viewer's zone) as in a browser. */
    Cookie signIn(String email) throws Exception {
        // Sessions live in PostgreSQL (Spring Session JDBC) and are found by their cookie.
        return mvc.perform(formLogin("/login").user(email).password(TestTenant.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theInsightsPageComparesCarriersForADestination() throws Exception {
        String page = mvc.perform(get("/insights").param("destination", "US").param("from", "2026-09-01")
                        .param("to", "2026-09-30").locale(Locale.ENGLISH).cookie(signIn(seller.ownerEmail())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Carrier scorecards").contains("YUNEXPRESS").contains("2026-09")
                .contains("15.0 / 19.0")                       // pickup lag p50 / p90 of 10 and 20 h
                .contains("100.0%")                            // the one promised parcel came on time
                .contains("data-rows=\"[{&quot;carrier&quot;:&quot;YUNEXPRESS&quot;")
                .contains("/webjars/echarts/5.5.0/echarts.min.js").contains("/js/insights.js")
                .doesNotContain("??");

        String chinese = mvc.perform(get("/insights").param("destination", "US").param("from", "2026-09-01")
                        .param("to", "2026-09-30").locale(Locale.SIMPLIFIED_CHINESE).cookie(signIn(seller.ownerEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("物流商评分卡").doesNotContain("??");
    }

    @Test
    void theConsoleCsvDownloadUsesTheSession() throws Exception {
        String csv = mvc.perform(get("/insights/carrier-scorecards.csv").param("destination", "US")
                        .param("from", "2026-09-01").param("to", "2026-09-30").cookie(signIn(seller.ownerEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(2).last().asString().startsWith("YUNEXPRESS,US,2026-09,2026-09-01,2,2,15.0,19.0");
    }

    @Test
    void managersAddAndRemoveCarrierContactsOnTheDirectoryPage() throws Exception {
        mvc.perform(post("/carriers/contacts").param("carrierCode", "YUNEXPRESS").param("country", "US")
                        .param("channel", "EMAIL").param("value", "claims@yun.example").param("claimWindowDays", "30")
                        .with(csrf()).cookie(signIn(seller.ownerEmail())))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/carriers").locale(Locale.ENGLISH).cookie(signIn(seller.ownerEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("claims@yun.example").contains("30 days").contains("E-mail").doesNotContain("??");

        String viewerEmail = "viewer-" + seller.id() + "@test.aftercare";
        tenants.grant(tenants.createUser(viewerEmail, "Viewer", TestTenant.PASSWORD, "en"), seller.id(), Role.VIEWER, Set.of());
        String readOnly = mvc.perform(get("/carriers").locale(Locale.ENGLISH).cookie(signIn(viewerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(readOnly).contains("claims@yun.example").doesNotContain("Add a contact");
    }
}
