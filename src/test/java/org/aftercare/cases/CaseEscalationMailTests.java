package org.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A case reaching its escalation mark is e-mailed to the managers serving its market, in their
 * language, through a real SMTP server (GreenMail); agents and managers of other markets get nothing.
 */
@SpringBootTest
@Import(TestClock.Config.class)
class CaseEscalationMailTests {

    static final int SMTP_PORT = freePort();
    static final GreenMail MAIL = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired Cases cases;
    @Autowired DeadlineSweep sweep;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void managersServingTheMarketAreToldInTheirLanguage() throws Exception {
        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String chineseManager = member(seller, "zh-" + suffix + "@cases.example", Role.MANAGER, Set.of("US"), "zh-CN");
        String otherMarket = member(seller, "de-" + suffix + "@cases.example", Role.MANAGER, Set.of("DE"), "en");
        String agentEmail = member(seller, "agent-" + suffix + "@cases.example", Role.AGENT, Set.of(), "en");
        Actor agent = new Actor(agentEmail, seller.owner(), seller.id(), Role.AGENT, Set.of());

        ShipmentId parcel = parcels.delivered(seller.shop(), "YUNEXPRESS");
        Case dispute = cases.open(agent, new NewCase(order(seller, agent, parcel), null, CaseType.PLATFORM_DISPUTE,
                CaseReason.NOT_RECEIVED, null, null, null, null));
        clock.advance(Duration.between(clock.instant(), dispute.deadline().escalateAt()).plusMinutes(1));

        assertThat(sweep.sweep().escalated()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> to(seller.ownerEmail()).size() == 1
                && to(chineseManager).size() == 1);
        MimeMessage zh = to(chineseManager).getFirst();
        assertThat(zh.getSubject()).contains("案件 " + dispute.number()).contains("平台纠纷");
        assertThat((String) zh.getContent()).contains("/cases/" + dispute.id()).contains("优先级已升为紧急");
        assertThat(to(seller.ownerEmail()).getFirst().getSubject()).contains("Case " + dispute.number())
                .contains("not submitted");
        assertThat(to(otherMarket)).isEmpty();
        assertThat(to(agentEmail)).isEmpty();
    }

    static List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            }
            catch (Exception e) {
                return false;
            }
        }).toList();
    }

    String member(TestTenant seller, String email, Role role, Set<String> markets, String locale) {
        UserId user = tenants.createUser(email, email, TestTenant.PASSWORD, locale);
        tenants.grant(user, seller.id(), role, markets);
        return email;
    }

    OrderId order(TestTenant seller, Actor agent, ShipmentId parcel) {
        String number = "MAIL-" + UUID.randomUUID().toString().substring(0, 8);
        OrderId order = orders.create(agent, new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of("60.00", "USD"), 1, false)), "API")).order();
        jdbc.sql("update shipment set order_id = :o where id = :id").param("o", order.value()).param("id", parcel.value()).update();
        return order;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
