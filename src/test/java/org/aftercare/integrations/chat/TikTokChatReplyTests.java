package org.aftercare.integrations.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.desk.Channel;
import org.aftercare.desk.InboundMessage;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.Tickets;
import org.aftercare.desk.tickets.ReplyOutbox;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** TikTok Shop chat replies, until the connector exists: posted, signed, to the shop's outbound webhook. */
@SpringBootTest
@Import(TestClock.Config.class)
class TikTokChatReplyTests {

    record Delivery(String signature, String delivery, byte[] body) {
    }

    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired ChatOutlets outlets;
    @Autowired ReplyOutbox outbox;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    HttpServer seller;
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);
    TestTenant tenant;
    Actor owner;
    String secret;

    @BeforeEach
    void aShopWithAChatOutlet() throws IOException {
        seller = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        seller.createContext("/tiktok/replies", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Aftercare-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Aftercare-Delivery"), body));
            byte[] answer = (status.get() == 200 ? "ok" : "try later").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        seller.start();
        tenant = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        owner = new Actor(tenant.ownerEmail(), tenant.owner(), tenant.id(), Role.OWNER, Set.of());
        String variable = "AFTERCARE_SECRET_CHAT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        secret = "s3cret-" + UUID.randomUUID();
        System.setProperty(variable, secret);
        outlets.create(tenant.id(), new ChatOutletForm(tenant.shop().id().value(),
                "http://127.0.0.1:" + seller.getAddress().getPort() + "/tiktok/replies", variable, true));
    }

    @AfterEach
    void stop() {
        seller.stop(0);
    }

    @Test
    void aReplyIsPostedSignedWithItsDeliveryId() throws Exception {
        TicketId ticket = chat("Wo ist mein Paket? Bestellung seit 3 Wochen unterwegs.");
        UUID reply = tickets.reply(owner, ticket, "Ihr Paket ist beim Zoll, morgen kommt es.", null);

        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.signature()).isEqualTo("sha256=" + TikTokChatReplyChannel.sign(d.body(), secret));
            assertThat(d.delivery()).isEqualTo(externalId(reply));
            JsonNode json = JsonMapper.builder().build().readTree(d.body());
            assertThat(json.path("body").asString()).isEqualTo("Ihr Paket ist beim Zoll, morgen kommt es.");
            assertThat(json.path("buyer").asString()).isEqualTo("tiktok-buyer-7");
            assertThat(json.path("channel").asString()).isEqualTo("TIKTOK_CHAT");
            assertThat(json.path("delivery").asString()).isEqualTo(externalId(reply));
        });
        assertThat(TikTokChatReplyChannel.sign(deliveries.getFirst().body(), "another secret"))
                .isNotEqualTo(deliveries.getFirst().signature().substring(7));
        assertThat(delivery(reply)).isEqualTo("SENT");
    }

    @Test
    void anErrorAnswerIsRetriedWithTheSameDeliveryId() throws Exception {
        TicketId ticket = chat("Wo ist mein Paket?");
        status.set(503);
        UUID reply = tickets.reply(owner, ticket, "Wir prüfen das.", null);
        assertThat(delivery(reply)).isEqualTo("QUEUED");
        assertThat(jdbc.sql("select delivery_error from ticket_message where id = :id").param("id", reply)
                .query(String.class).single()).contains("answered 503: try later");

        status.set(200);
        clock.advance(Duration.ofMinutes(2));
        outbox.sweep();

        assertThat(delivery(reply)).isEqualTo("SENT");
        assertThat(deliveries).hasSize(2).extracting(Delivery::delivery).containsOnly(externalId(reply));
    }

    private TicketId chat(String text) {
        return inbox.receive(tenant.id(), new InboundMessage(tenant.shop().id(), Channel.TIKTOK_CHAT,
                "tt-" + UUID.randomUUID(), "tiktok-buyer-7", "Buyer Seven", null, text, null, List.of(),
                clock.instant(), List.of())).ticket();
    }

    private String externalId(UUID message) {
        return jdbc.sql("select external_id from ticket_message where id = :id").param("id", message).query(String.class).single();
    }

    private String delivery(UUID message) {
        return jdbc.sql("select delivery from ticket_message where id = :id").param("id", message).query(String.class).single();
    }
}
