package org.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.aftercare.shared.Money;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A buyer's right to be forgotten: contact data goes, orders stay. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class OrderBuyerErasureTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Seller seller;

    @BeforeEach
    void aSellerInGermany() {
        seller = Seller.inMarket("DE", tenants, shops);
    }

    NewOrder anOrderOf(String buyerRef) {
        return new NewOrder(seller.shop().id(), "DE-" + buyerRef, Instant.parse("2026-11-20T10:00:00Z"),
                new NewOrder.NewBuyer(buyerRef, "Jana Müller", "jana@example.com", "+49 170 1234567", "DE", "de",
                        "Europe/Berlin"),
                List.of(new NewOrder.Line("MUG", "Mug", Money.of("12.00", "EUR"), 1, false)), "API");
    }

    Order placed(NewOrder order) {
        return orders.get(seller.actor(Role.OWNER), orders.create(seller.actor(Role.AGENT), order).order());
    }

    @Test
    void aManagerErasesABuyerAndTheOrderStays() throws Exception {
        Order order = placed(anOrderOf("tt-777"));
        BuyerId buyer = order.buyer().id();

        mvc.perform(post("/api/v1/buyers/{id}/erasure", buyer.value()).header("Authorization", seller.bearer(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erasedNow").value(true));

        Map<String, Object> row = jdbc.sql("select name, email, phone, buyer_ref, country, erased_at from buyer where id = :id")
                .param("id", buyer.value()).query().singleRow();
        assertThat(row.get("name")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(row.get("buyer_ref")).isEqualTo("tt-777");
        assertThat(orders.get(seller.actor(Role.OWNER), order.id()).lines()).hasSize(1);
        assertThat(jdbc.sql("select action from audit_log where tenant_id = :tenant and target = :buyer")
                .param("tenant", seller.tenant().value()).param("buyer", buyer.toString()).query(String.class).list())
                .containsExactly("buyer.erased");
        assertThat(events.stream(BuyerErased.class)).singleElement()
                .satisfies(e -> assertThat(e.buyer()).isEqualTo(buyer));
    }

    @Test
    void theOrderShowsTheBuyerErased() throws Exception {
        Order order = placed(anOrderOf("tt-778"));
        mvc.perform(post("/api/v1/buyers/{id}/erasure", order.buyer().id().value())
                .header("Authorization", seller.bearer(Role.OWNER)));

        mvc.perform(get("/api/v1/orders/{id}", order.id().value()).header("Authorization", seller.bearer(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.buyer.name").isEmpty())
                .andExpect(jsonPath("$.buyer.email").isEmpty())
                .andExpect(jsonPath("$.buyer.erasedAt").isNotEmpty())
                .andExpect(jsonPath("$.lines[0].sku").value("MUG"));
    }

    @Test
    void erasingAgainChangesNothing() throws Exception {
        Order order = placed(anOrderOf("tt-779"));
        String manager = seller.bearer(Role.MANAGER);
        mvc.perform(post("/api/v1/buyers/{id}/erasure", order.buyer().id().value()).header("Authorization", manager));

        mvc.perform(post("/api/v1/buyers/{id}/erasure", order.buyer().id().value()).header("Authorization", manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erasedNow").value(false));
        assertThat(events.stream(BuyerErased.class)).hasSize(1);
    }

    @Test
    void anEmailUsedAsRefIsErasedTooAndARedeliveredOrderDoesNotBringItBack() {
        NewOrder order = anOrderOf("jana@example.com");
        Order placed = placed(order);

        Buyers.Erasure erasure = buyers.erase(seller.actor(Role.MANAGER), placed.buyer().id());
        Orders.Outcome again = orders.create(seller.actor(Role.AGENT), order);

        assertThat(erasure.now()).isTrue();
        assertThat(again.result()).isEqualTo(Orders.Result.UNCHANGED);
        assertThat(jdbc.sql("select count(*) from buyer where shop_id = :shop and (email is not null or buyer_ref like '%@%')")
                .param("shop", seller.shop().id().value()).query(Long.class).single()).isZero();
    }

    @Autowired
    Buyers buyers;

    @Test
    void anAgentMayNotErase() throws Exception {
        Order order = placed(anOrderOf("tt-780"));

        mvc.perform(post("/api/v1/buyers/{id}/erasure", order.buyer().id().value())
                        .header("Authorization", seller.bearer(Role.AGENT)))
                .andExpect(status().isForbidden());
        assertThat(orders.get(seller.actor(Role.OWNER), order.id()).buyer().email()).isEqualTo("jana@example.com");
    }

    @Test
    void aBuyerOfAnotherTenantIsNotFound() throws Exception {
        Order order = placed(anOrderOf("tt-781"));
        Seller other = Seller.inMarket("DE", tenants, shops);

        mvc.perform(post("/api/v1/buyers/{id}/erasure", order.buyer().id().value())
                        .header("Authorization", other.bearer(Role.OWNER)))
                .andExpect(status().isNotFound());
        assertThat(orders.get(seller.actor(Role.OWNER), order.id()).buyer().erased()).isFalse();
    }
}
