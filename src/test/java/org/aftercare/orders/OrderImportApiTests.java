package org.aftercare.orders;

import static org.aftercare.orders.OrderFile.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The CSV import over HTTP, and market limits of agents. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderImportApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;
    @Autowired
    Orders orders;

    Seller seller;
    String agent;

    @BeforeEach
    void aSellerWithAnAgentToken() {
        seller = Seller.inMarket("DE", tenants, shops);
        agent = seller.bearer(Role.AGENT);
    }

    @Test
    void importsAnUploadedFileAndReportsEachBadLine() throws Exception {
        OrderFile file = anOrderFile().line("DE-1").line("DE-2", "currency", "XYZ").line("DE-3");

        mvc.perform(multipart("/api/v1/orders/import").file(new MockMultipartFile("file", "orders.csv", "text/csv", file.bytes()))
                        .param("shop", seller.shop().id().toString()).header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("currency"))
                .andExpect(jsonPath("$.errors[0].reason").value("unknown currency 'XYZ', expected an ISO 4217 code like USD"));
    }

    @Test
    void importsACsvBodyAndAgainChangesNothing() throws Exception {
        byte[] file = anOrderFile().line("DE-1").line("DE-2").bytes();
        mvc.perform(post("/api/v1/orders/import").param("shop", seller.shop().id().toString())
                        .contentType("text/csv").content(file).header("Authorization", agent))
                .andExpect(jsonPath("$.imported").value(2));

        mvc.perform(post("/api/v1/orders/import").param("shop", seller.shop().id().toString())
                        .contentType("text/csv").content(file).header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
    }

    @Test
    void withoutAShopTheImportIsA400NamingIt() throws Exception {
        mvc.perform(post("/api/v1/orders/import").contentType("text/csv").content(anOrderFile().line("DE-1").bytes())
                        .header("Authorization", agent))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("shop"));
    }

    @Test
    void intoAShopOfAnotherTenantIsA404() throws Exception {
        Seller other = Seller.inMarket("DE", tenants, shops);

        mvc.perform(post("/api/v1/orders/import").param("shop", seller.shop().id().toString())
                        .contentType("text/csv").content(anOrderFile().line("DE-1").bytes())
                        .header("Authorization", other.bearer(Role.OWNER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aViewerMayNotImport() throws Exception {
        mvc.perform(post("/api/v1/orders/import").param("shop", seller.shop().id().toString())
                        .contentType("text/csv").content(anOrderFile().line("DE-1").bytes())
                        .header("Authorization", seller.bearer(Role.VIEWER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAgentServingOtherMarketsDoesNotSeeThisShopsOrders() throws Exception {
        mvc.perform(post("/api/v1/orders/import").param("shop", seller.shop().id().toString())
                .contentType("text/csv").content(anOrderFile().line("DE-1").bytes()).header("Authorization", agent));
        OrderId id = orders.list(seller.actor(Role.OWNER), OrderFilter.all(), 0, 10).orders().getFirst().id();

        assertThat(orders.get(seller.agentServing("DE", "FR"), id).orderNumber()).isEqualTo("DE-1");
        assertThatThrownBy(() -> orders.get(seller.agentServing("FR"), id)).isInstanceOf(NotFound.class);
        assertThat(orders.list(seller.agentServing("FR"), OrderFilter.all(), 0, 10).orders()).isEmpty();
    }
}
