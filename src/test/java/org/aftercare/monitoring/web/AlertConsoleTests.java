package org.aftercare.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console pages' rules of access, rendered on the server. */
@SpringBootTest
@AutoConfigureMockMvc
class AlertConsoleTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Parcels parcels;

    TestTenant seller;
    Shop uk;
    ShipmentId american;
    ShipmentId british;

    @BeforeEach
    void aSellerInTwoMarkets() {
        seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        uk = shops.create(seller.id(), new Shops.NewShop("UK " + UUID.randomUUID(), null, "GB", "GBP", "Europe/London",
                List.of("en"), null));
        american = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 50);
        british = parcels.shippedHoursAgo(uk, "YUNEXPRESS", 50);
        parcels.awaitAlerts(seller.id(), 2);
    }

    @Test
    void anAgentLimitedToAMarketSeesOnlyItsParcels() throws Exception {
        RequestPostProcessor usAgent = as(Role.AGENT, Set.of("US"));

        String board = page("/alerts", usAgent);
        assertThat(board).contains(parcels.number(american)).doesNotContain(parcels.number(british))
                .contains("No pickup scan 48 h after the label").doesNotContain("??");
        assertThat(page("/shipments/" + american, usAgent)).contains(parcels.number(american))
                .contains("No carrier scan yet.").contains("No pickup scan 48 h after the label");
        mvc.perform(get("/shipments/" + british).with(usAgent)).andExpect(status().isNotFound());
        mvc.perform(get("/shipments/" + UUID.randomUUID()).with(usAgent)).andExpect(status().isNotFound());
    }

    @Test
    void anotherTenantsParcelIsNotFound() throws Exception {
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.OWNER);
        RequestPostProcessor stranger = signedIn(other.ownerEmail());
        mvc.perform(get("/shipments/" + american).with(stranger)).andExpect(status().isNotFound());
        assertThat(page("/alerts", stranger)).doesNotContain(parcels.number(american));
    }

    @Test
    void viewersReadAndAgentsCannotChangeThresholds() throws Exception {
        String viewerBoard = page("/alerts", as(Role.VIEWER, Set.of()));
        assertThat(viewerBoard).contains(parcels.number(american)).doesNotContain("Acknowledge selected");

        String agentSettings = page("/alerts/settings", as(Role.AGENT, Set.of()));
        assertThat(agentSettings).contains("48 h").contains("5 days").contains("7 days / 3 days").contains("60 %")
                .contains("Only managers and owners can change these settings.").doesNotContain("Save override");
        mvc.perform(post("/alerts/settings").param("noPickupHours", "24").with(csrf()).with(as(Role.AGENT, Set.of())))
                .andExpect(status().isForbidden());

        mvc.perform(post("/alerts/settings").param("noPickupHours", "24").param("carrier", "YUNEXPRESS")
                        .with(csrf()).with(as(Role.MANAGER, Set.of())))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/alerts/settings"));
        assertThat(page("/alerts/settings", as(Role.MANAGER, Set.of()))).contains("YUNEXPRESS").contains("24 h")
                .contains("Save override");
    }

    @Test
    void theBoardSpeaksChinese() throws Exception {
        String board = mvc.perform(get("/alerts").locale(Locale.SIMPLIFIED_CHINESE).with(as(Role.AGENT, Set.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("面单创建48小时后仍无揽收扫描").contains("批量确认").doesNotContain("??");
    }

    /** A console user of the seller with this role, signed in through the login form. */
    private RequestPostProcessor as(Role role, Set<String> markets) throws Exception {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@seller.example";
        UserId user = tenants.createUser(email, role.name(), TestTenant.PASSWORD, "en");
        tenants.grant(user, seller.id(), role, markets);
        return signedIn(email);
    }

    private RequestPostProcessor signedIn(String email) throws Exception {
        // Sessions live in PostgreSQL (Spring Session JDBC) and are found by their cookie.
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
