package org.aftercare.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.orders.NewOrder;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnView;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An exchange received at the warehouse is linked to its replacement order: the order must be
 * one of the return's shop (not the returned order), the link is made once, and the return shows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class ExchangeApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnsToReceive returns;

    TestTenant fr;
    ReturnView exchange;

    @BeforeEach
    void aFrenchExchangeReceivedInParis() throws Exception {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing").update();
        fr = TestTenant.create(tenants, shops, "FR", Role.MANAGER);
        String paris = ReceivingApiTests.id(call(post("/api/v1/returns/warehouses"), fr.bearer(), """
                {"name": "Paris", "country": "FR", "address": "Paris", "kind": "LOCAL_RETURN_WAREHOUSE"}"""));
        exchange = returns.aReturn(fr, "EUR", "taille L", ReturnReason.SIZE_MISMATCH);
        call(post("/api/v1/returns/receiving/scan"), fr.bearer(), """
                {"warehouse": "%s", "returnNumber": "R-%d"}""".formatted(paris, exchange.number()))
                .andExpect(jsonPath("$.exchange.status").value("TO_SHIP"));
    }

    @Test
    void theReplacementOrderIsLinkedOnceAndShownOnTheReturn() throws Exception {
        String replacement = anOrder(fr);
        String path = "/api/v1/returns/" + exchange.id().value() + "/exchange";
        call(post(path), fr.bearer(), """
                {"orderNumber": "%s"}""".formatted(replacement))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exchange.status").value("LINKED"))
                .andExpect(jsonPath("$.exchange.newOrderNumber").value(replacement));
        call(post(path), fr.bearer(), """
                {"orderNumber": "%s"}""".formatted(replacement))
                .andExpect(status().isOk()).andExpect(jsonPath("$.exchange.status").value("LINKED"));
        assertThat(jdbc.sql("select count(*) from return_exchange where return_id = :id and status = 'LINKED'")
                .param("id", exchange.id().value()).query(Integer.class).single()).isEqualTo(1);

        call(get("/api/v1/returns/" + exchange.id().value()), fr.bearer(), null)
                .andExpect(jsonPath("$.exchange.status").value("LINKED"))
                .andExpect(jsonPath("$.exchange.wanted").value("taille L"))
                .andExpect(jsonPath("$.exchange.newOrderNumber").value(replacement));

        call(post(path), fr.bearer(), """
                {"orderNumber": "%s"}""".formatted(anOrder(fr)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("orderNumber"));
    }

    @Test
    void badInputNamesTheOrderNumberAndChangesNothing() throws Exception {
        String path = "/api/v1/returns/" + exchange.id().value() + "/exchange";
        call(post(path), fr.bearer(), "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("orderNumber"));
        call(post(path), fr.bearer(), """
                {"orderNumber": "NO-SUCH-ORDER"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("orderNumber"));
        TestTenant other = TestTenant.create(tenants, shops, "FR", Role.MANAGER);
        call(post(path), fr.bearer(), """
                {"orderNumber": "%s"}""".formatted(anOrder(other)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("orderNumber"));
        String returnedOrder = jdbc.sql("select order_number from orders where id = :id")
                .param("id", exchange.order().value()).query(String.class).single();
        call(post(path), fr.bearer(), """
                {"orderNumber": "%s"}""".formatted(returnedOrder))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("orderNumber"));
        assertThat(jdbc.sql("select status from return_exchange where return_id = :id")
                .param("id", exchange.id().value()).query(String.class).single()).isEqualTo("TO_SHIP");

        ReturnView notAnExchange = returns.anApprovedReturn(fr, "EUR");
        call(post("/api/v1/returns/" + notAnExchange.id().value() + "/exchange"), fr.bearer(), """
                {"orderNumber": "%s"}""".formatted(anOrder(fr)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("exchange"));
        call(post("/api/v1/returns/" + exchange.id().value() + "/exchange"), other.bearer(), """
                {"orderNumber": "%s"}""".formatted(anOrder(other)))
                .andExpect(status().isNotFound());
    }

    private String anOrder(TestTenant tenant) {
        String number = "EXCH-" + UUID.randomUUID().toString().substring(0, 8);
        returns.orders.create(ReturnsToReceive.owner(tenant), new NewOrder(tenant.shop().id(), number,
                returns.clock.instant().minus(Duration.ofHours(1)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "FR", "fr", null),
                List.of(new NewOrder.Line("TEE-RED-L", "Red tee", Money.of("12.00", "EUR"), 1, false)), "API"));
        return number;
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        request.header("Authorization", token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
