package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.desk.tickets.SolvedTicketClosing;
import org.aftercare.orders.Buyers;
import org.aftercare.orders.BuyerId;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class TicketApiTests {

    // the smallest valid PNG: 1 × 1 pixel
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    // the start of a Windows executable
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0,
            (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0};

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Buyers buyers;
    @Autowired Tickets tickets;
    @Autowired SolvedTicketClosing closing;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;

    @BeforeEach
    void aSeller() {
        seller = TestTenant.create(tenants, shops, "FR", Role.AGENT);
    }

    @Test
    void aMessageWithAPhotoBecomesATicketAndThePhotoIsKeptWithItsHash() throws Exception {
        String id = ticketOf(message("api-1", "Bonjour, le colis est arrivé abîmé, voici une photo.",
                "[{\"fileName\": \"colis.png\", \"contentType\": \"image/png\", \"contentBase64\": \"" + b64(PNG) + "\"}]")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.newTicket").value(true))
                .andExpect(jsonPath("$.understanding.language").value("fr"))
                .andExpect(jsonPath("$.understanding.intent").value("DAMAGED_OR_QUALITY")));

        String detail = mvc.perform(get("/api/v1/desk/tickets/" + id).header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages[0].attachments[0].mediaType").value("image/png"))
                .andExpect(jsonPath("$.messages[0].attachments[0].sha256").value(org.hamcrest.Matchers.hasLength(64)))
                .andReturn().getResponse().getContentAsString();
        String attachment = JsonPath.read(detail, "$.messages[0].attachments[0].id");
        mvc.perform(get("/api/v1/desk/tickets/" + id + "/attachments/" + attachment)
                        .header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aDisguisedOrOversizedFileIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        message("api-2", "Voici la facture",
                "[{\"fileName\": \"photo.jpg\", \"contentType\": \"image/jpeg\", \"contentBase64\": \"" + b64(EXE) + "\"}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("attachments[0]: photo.jpg is application/x-msdownload")));
        message("api-3", "Voici la photo",
                "[{\"fileName\": \"photo.png\", \"contentType\": \"image/png\", \"contentBase64\": \"" + b64(new byte[11 * 1024 * 1024]) + "\"}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("the limit is 10485760 bytes")));
        assertThat(jdbc.sql("select count(*) from ticket where tenant_id = :t").param("t", seller.id().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        send(post("/api/v1/desk/messages"), "{\"shop\": \"" + seller.shop().id() + "\", \"from\": \"x\", \"body\": \" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("body:")));
        send(post("/api/v1/desk/messages"), "{\"shop\": \"" + seller.shop().id() + "\", \"body\": \"Bonjour\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("from:")));
        send(post("/api/v1/desk/messages"), "{\"shop\": \"" + UUID.randomUUID() + "\", \"from\": \"x\", \"body\": \"Bonjour\"}")
                .andExpect(status().isNotFound());
        String id = ticketOf(message("api-4", "Où est mon colis ?", "[]"));
        send(put("/api/v1/desk/tickets/" + id + "/status"), "{\"status\": \"NEW\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("status:")));
        send(post("/api/v1/desk/tickets/" + id + "/replies"), "{\"body\": \"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("body:")));
    }

    @Test
    void markupInABuyerMessageIsStoredAsTheTextItIs() throws Exception {
        String script = "<script>alert(1)</script> Où est mon colis ?";
        String id = ticketOf(message("api-5", script, "[]"));
        mvc.perform(get("/api/v1/desk/tickets/" + id).header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(jsonPath("$.messages[0].body").value(script));
    }

    @Test
    void aReplyOnAnApiTicketIsReadBackAndTheInboxFiltersByStatus() throws Exception {
        String id = ticketOf(message("api-6", "Où est mon colis ?", "[]"));
        send(post("/api/v1/desk/tickets/" + id + "/replies"), "{\"body\": \"Il est en route.\", \"then\": \"PENDING_BUYER\"}")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/desk/tickets/" + id).header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(jsonPath("$.ticket.status").value("PENDING_BUYER"))
                .andExpect(jsonPath("$.messages[1].kind").value("REPLY"))
                .andExpect(jsonPath("$.messages[1].delivery").value("SENT"));
        mvc.perform(get("/api/v1/desk/tickets").param("status", "PENDING_BUYER").header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(jsonPath("$.tickets[0].id").value(id))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/desk/tickets").param("status", "SOLVED").header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aSolvedTicketClosesAfterFourDays() throws Exception {
        String id = ticketOf(message("api-7", "Où est mon colis ?", "[]"));
        send(put("/api/v1/desk/tickets/" + id + "/status"), "{\"status\": \"SOLVED\"}").andExpect(status().isOk());
        closing.close();
        assertThat(statusOf(id)).isEqualTo("SOLVED");
        clock.advance(Duration.ofDays(4).plusMinutes(1));
        closing.close();
        assertThat(statusOf(id)).isEqualTo("CLOSED");
    }

    @Test
    void anErasedBuyerLeavesNoNameAddressOrTextInTheDesk() throws Exception {
        var owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        var order = orders.create(owner, new NewOrder(seller.shop().id(), "FR-ERASE-" + UUID.randomUUID().toString().substring(0, 6),
                Instant.now().minusSeconds(86400), new NewOrder.NewBuyer("buyer-42", "Claire Martin", "claire@example.fr",
                "+33 6 12 34 56 78", "FR", "fr", "Europe/Paris"),
                List.of(new NewOrder.Line("SKU", "Robe", new Money(new BigDecimal("30"), Currency.getInstance("EUR")), 1, false)),
                "API"));
        String id = ticketOf(send(post("/api/v1/desk/messages"), """
                {"shop": "%s", "channel": "TIKTOK_CHAT", "externalId": "tt-1", "from": "buyer-42", "fromName": "Claire Martin",
                 "body": "Bonjour, je m'appelle Claire Martin, où est mon colis ?"}""".formatted(seller.shop().id())));
        BuyerId buyer = orders.find(seller.id(), order.order()).orElseThrow().buyer().id();

        buyers.erase(owner, buyer);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var detail = tickets.get(owner, TicketId.of(id));
            assertThat(detail.contact().erased()).isTrue();
            assertThat(detail.contact().name()).isNull();
            assertThat(detail.messages().getFirst().body()).doesNotContain("Claire");
        });
    }

    private String statusOf(String id) {
        return jdbc.sql("select status from ticket where id = :id").param("id", UUID.fromString(id)).query(String.class).single();
    }

    private ResultActions message(String externalId, String body, String attachments) throws Exception {
        return send(post("/api/v1/desk/messages"), """
                {"shop": "%s", "externalId": "%s", "from": "client-%s@example.fr", "body": %s, "attachments": %s}"""
                .formatted(seller.shop().id(), externalId, externalId, quote(body), attachments));
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String ticketOf(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.ticket");
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
