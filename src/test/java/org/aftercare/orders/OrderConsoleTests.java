package org.aftercare.orders;

import static org.aftercare.orders.OrderFile.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/** The console's order list and CSV upload, rendered on the server. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderConsoleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;

    Seller seller;

    @BeforeEach
    void aSellerInGermany() {
        seller = Seller.inMarket("DE", tenants, shops);
    }

    static TestingAuthenticationToken signedIn(Actor actor) {
        return new TestingAuthenticationToken(actor, null, "ROLE_USER");
    }

    String upload(OrderFile file, Locale locale) throws Exception {
        return mvc.perform(multipart("/orders/import")
                        .file(new MockMultipartFile("file", "november.csv", "text/csv", file.bytes()))
                        .param("shop", seller.shop().id().toString())
                        .locale(locale)
                        .with(csrf()).with(authentication(signedIn(seller.actor(Role.AGENT)))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void anUploadShowsTheReportWithEachRejectedLine() throws Exception {
        String page = upload(anOrderFile().line("DE-1").line("DE-2", "unit_price", "-1.00"), Locale.ENGLISH);

        assertThat(page).contains("Report for november.csv")
                .contains("<dd class=\"imported\">1</dd>")
                .contains("<dd class=\"rejected\">1</dd>")
                .contains("is negative: -1.00")
                .doesNotContain("??");
    }

    @Test
    void theListShowsRecentOrdersInTheShopsTimeWithBuyersMaskedForViewers() throws Exception {
        upload(anOrderFile().line("DE-1", "placed_at", "2026-11-20T10:00:00Z", "hot_product", "yes"), Locale.ENGLISH);

        String page = mvc.perform(get("/orders").param("shop", seller.shop().id().toString()).locale(Locale.ENGLISH)
                        .with(authentication(signedIn(seller.actor(Role.VIEWER)))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("DE-1").contains("2026-11-20 11:00").contains("Hot product").contains("J***")
                .doesNotContain("Jana Müller").doesNotContain("??");
    }

    @Test
    void thePagesSpeakChinese() throws Exception {
        String page = upload(anOrderFile().line("DE-1"), Locale.SIMPLIFIED_CHINESE);

        assertThat(page).contains("从 CSV 导入订单").contains("november.csv 的导入报告").doesNotContain("??");
    }

    @Test
    void anotherTenantsOrdersAreNotListed() throws Exception {
        upload(anOrderFile().line("DE-SECRET"), Locale.ENGLISH);
        Seller other = Seller.inMarket("DE", tenants, shops);

        String page = mvc.perform(get("/orders").locale(Locale.ENGLISH)
                        .with(authentication(signedIn(other.actor(Role.OWNER)))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("DE-SECRET").contains("No orders yet");
    }
}
