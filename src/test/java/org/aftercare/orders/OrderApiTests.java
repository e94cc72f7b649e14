package org.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class OrderApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;
    @Autowired
    JdbcClient jdbc;

    Seller seller;
    String agent;

    @BeforeEach
    void aSellerWithAnAgentToken() {
        seller = Seller.inMarket("DE", tenants, shops);
        agent = seller.bearer(Role.AGENT);
    }

    String order(String number) {
        return order(number, "2");
    }

    String order(String number, String quantity) {
        return """
                {"shop": "%s", "orderNumber": "%s", "placedAt": "2026-11-20T14:05:00+01:00",
                 "buyer": {"ref": "tt-buyer-1", "name": "Jana Müller", "email": "jana@example.com",
                           "phone": "+49 170 1234567", "country": "DE", "language": "de", "timeZone": "Europe/Berlin"},
                 "lines": [{"sku": "MUG-RED", "title": "Red mug", "unitPrice": 12.50, "currency": "EUR",
                            "quantity": %s, "hotProduct": true},
                           {"sku": "SPOON", "title": "Spoon", "unitPrice": "3", "currency": "EUR", "quantity": 1}]}
                """.formatted(seller.shop().id(), number, quantity);
    }

    MvcResult create(String json) throws Exception {
        return mvc.perform(post("/api/v1/orders").header("Authorization", agent)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    @Test
    void createsAnOrderAndReadsItBack() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/orders").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content(order("DE-1001")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/orders/")))
                .andExpect(jsonPath("$.totalAmount").value(28.0))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andReturn();

        mvc.perform(get(created.getResponse().getHeader("Location")).header("Authorization", agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderNumber").value("DE-1001"))
                .andExpect(jsonPath("$.placedAt").value("2026-11-20T13:05:00Z"))
                .andExpect(jsonPath("$.market").value("DE"))
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[0].sku").value("MUG-RED"))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(12.5))
                .andExpect(jsonPath("$.lines[0].hotProduct").value(true))
                .andExpect(jsonPath("$.lines[1].hotProduct").value(false))
                .andExpect(jsonPath("$.buyer.email").value("jana@example.com"))
                .andExpect(jsonPath("$.buyer.masked").value(false));
    }

    @Test
    void theSameOrderAgainChangesNothingAndAnswers200() throws Exception {
        MvcResult first = create(order("DE-1002"));
        MvcResult again = create(order("DE-1002"));

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(ordersOfShop()).isEqualTo(1);
    }

    @Test
    void theSameNumberWithOtherContentIsAConflict() throws Exception {
        create(order("DE-1003", "2"));

        mvc.perform(post("/api/v1/orders").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content(order("DE-1003", "5")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.field").value("orderNumber"));
        assertThat(jdbc.sql("select sum(quantity) from order_line l join orders o on o.id = l.order_id where o.shop_id = :shop")
                .param("shop", seller.shop().id().value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anOrderOfAnotherTenantIsNotFound() throws Exception {
        String location = create(order("DE-1004")).getResponse().getHeader("Location");
        Seller other = Seller.inMarket("DE", tenants, shops);

        mvc.perform(get(location).header("Authorization", other.bearer(Role.OWNER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.orderNumber").doesNotExist());
    }

    @Test
    void anOrderForAShopOfAnotherTenantIsNotFound() throws Exception {
        Seller other = Seller.inMarket("DE", tenants, shops);

        mvc.perform(post("/api/v1/orders").header("Authorization", other.bearer(Role.OWNER))
                        .contentType(MediaType.APPLICATION_JSON).content(order("DE-1005")))
                .andExpect(status().isNotFound());
        assertThat(ordersOfShop()).isZero();
    }

    @Test
    void aViewerSeesTheBuyerMasked() throws Exception {
        String location = create(order("DE-1006")).getResponse().getHeader("Location");

        mvc.perform(get(location).header("Authorization", seller.bearer(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.buyer.email").value("j***@example.com"))
                .andExpect(jsonPath("$.buyer.phone").value("***67"))
                .andExpect(jsonPath("$.buyer.name").value("J***"))
                .andExpect(jsonPath("$.buyer.country").value("DE"))
                .andExpect(jsonPath("$.buyer.masked").value(true));
    }

    @Test
    void aViewerMayNotCreate() throws Exception {
        mvc.perform(post("/api/v1/orders").header("Authorization", seller.bearer(Role.VIEWER))
                        .contentType(MediaType.APPLICATION_JSON).content(order("DE-1007")))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/orders")).andExpect(status().isUnauthorized());
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        mvc.perform(post("/api/v1/orders").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"shop\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/orders").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content(order("DE-1008", "\"two\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lines[0].quantity"));
    }

    @Test
    void aBadDateIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/orders").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(order("DE-1009").replace("2026-11-20T14:05:00+01:00", "2026-02-30T10:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("placedAt"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            blank order number             | "orderNumber": "DE-X"          | orderNumber          | "orderNumber": " "
            unknown currency               | "currency": "EUR", "quantity": 1 | lines[1].currency  | "currency": "XYZ", "quantity": 1
            negative amount                | "unitPrice": "3"               | lines[1].unitPrice   | "unitPrice": "-3"
            more decimals than EUR has     | "unitPrice": "3"               | lines[1].unitPrice   | "unitPrice": "3.001"
            quantity zero                  | "quantity": 1}                 | lines[1].quantity    | "quantity": 0}
            missing sku                    | "sku": "SPOON",                | lines[1].sku         | "sku": "",
            two currencies in one order    | "currency": "EUR", "quantity": 1 | lines              | "currency": "USD", "quantity": 1
            bad buyer e-mail               | "jana@example.com"             | buyer.email          | "jana-at-example"
            bad buyer time zone            | "Europe/Berlin"                | buyer.timeZone       | "Mars/Olympus"
            """)
    void invalidFieldsAreA400NamingTheField(String rule, String from, String field, String to) throws Exception {
        String json = order("DE-X").replace(from, to);

        mvc.perform(post("/api/v1/orders").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
        assertThat(ordersOfShop()).isZero();
    }

    @Test
    void listsOrdersNewestFirstFilteredAndPaged() throws Exception {
        create(order("DE-2001"));
        create(order("DE-2002").replace("2026-11-20T14:05:00+01:00", "2026-11-21T09:00:00Z"));
        create(order("DE-2003").replace("2026-11-20T14:05:00+01:00", "2026-11-22T09:00:00Z").replace("MUG-RED", "LAMP"));

        MvcResult page = mvc.perform(get("/api/v1/orders").header("Authorization", agent)
                        .param("shop", seller.shop().id().toString()).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders.length()").value(2))
                .andExpect(jsonPath("$.orders[0].orderNumber").value("DE-2003"))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andReturn();
        assertThat((String) JsonPath.read(page.getResponse().getContentAsString(), "$.orders[1].orderNumber"))
                .isEqualTo("DE-2002");

        mvc.perform(get("/api/v1/orders").header("Authorization", agent).param("page", "1").param("size", "2"))
                .andExpect(jsonPath("$.orders[0].orderNumber").value("DE-2001"))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/api/v1/orders").header("Authorization", agent).param("sku", "LAMP"))
                .andExpect(jsonPath("$.orders[*].orderNumber").value(org.hamcrest.Matchers.contains("DE-2003")));
        mvc.perform(get("/api/v1/orders").header("Authorization", agent)
                        .param("placedFrom", "2026-11-21T00:00:00Z").param("placedTo", "2026-11-22T00:00:00Z"))
                .andExpect(jsonPath("$.orders[*].orderNumber").value(org.hamcrest.Matchers.contains("DE-2002")));
        mvc.perform(get("/api/v1/orders").header("Authorization", agent).param("size", "100000"))
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/v1/orders").header("Authorization", agent).param("placedFrom", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("placedFrom"));
    }

    @Test
    void theListOfAnotherTenantHoldsNoneOfTheseOrders() throws Exception {
        create(order("DE-3001"));
        Seller other = Seller.inMarket("DE", tenants, shops);

        mvc.perform(get("/api/v1/orders").header("Authorization", other.bearer(Role.OWNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders.length()").value(0));
        mvc.perform(get("/api/v1/orders").header("Authorization", other.bearer(Role.OWNER))
                        .param("shop", seller.shop().id().toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/orders/import']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/buyers/{id}/erasure']").exists());
    }

    long ordersOfShop() {
        return jdbc.sql("select count(*) from orders where shop_id = :shop")
                .param("shop", seller.shop().id().value()).query(Long.class).single();
    }
}
