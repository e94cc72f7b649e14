package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
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
import org.springframework.test.web.servlet.MockMvc;

/** Reports of item 8: response and resolution times per channel, contact reasons per SKU. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class DeskReportsTests {

    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired DeskReports reports;
    @Autowired Orders orders;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    TestTenant seller;
    Actor owner;
    Instant start;

    @BeforeEach
    void aShop() {
        seller = TestTenant.create(tenants, shops, "GB", Role.OWNER);
        owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        start = clock.instant();
    }

    @Test
    void firstResponseAndResolutionTimesPerChannel() {
        var chat = receive(Channel.TIKTOK_CHAT, "buyer-1", "Where is my parcel?", null);
        var mail = receive(Channel.EMAIL, "b2@example.co.uk", "Where is my parcel?", null);
        clock.advance(Duration.ofMinutes(30));
        tickets.reply(owner, chat, "It is on its way.", TicketStatus.SOLVED);
        clock.advance(Duration.ofMinutes(90));
        tickets.reply(owner, mail, "It is on its way.", TicketStatus.PENDING_BUYER);

        var rows = reports.performance(owner, start.minusSeconds(60), start.plusSeconds(86400), DeskReports.Dimension.CHANNEL);

        assertThat(rows).extracting(DeskReports.PerformanceRow::key).containsExactlyInAnyOrder("TIKTOK_CHAT", "EMAIL");
        var chatRow = rows.stream().filter(r -> r.key().equals("TIKTOK_CHAT")).findFirst().orElseThrow();
        assertThat(chatRow.firstResponseMinutesP50()).isCloseTo(30.0, within(0.01));
        assertThat(chatRow.resolved()).isEqualTo(1);
        assertThat(chatRow.resolutionHoursP50()).isCloseTo(0.5, within(0.001));
        var mailRow = rows.stream().filter(r -> r.key().equals("EMAIL")).findFirst().orElseThrow();
        assertThat(mailRow.firstResponseMinutesP50()).isCloseTo(120.0, within(0.01));
        assertThat(mailRow.resolved()).isZero();
    }

    @Test
    void contactReasonsPerSku() {
        String first = order("GB-R-1", "buyer-a", "SKU-JACKET");
        String second = order("GB-R-2", "buyer-b", "SKU-JACKET");
        String third = order("GB-R-3", "buyer-c", "SKU-MUG");
        receive(Channel.TIKTOK_CHAT, "buyer-a", "The jacket is too small, the size is wrong", first);
        receive(Channel.TIKTOK_CHAT, "buyer-b", "Wrong size, the jacket does not fit", second);
        receive(Channel.TIKTOK_CHAT, "buyer-c", "Where is my order?", third);

        var rows = reports.contactReasons(owner, start.minusSeconds(60), start.plusSeconds(86400),
                DeskReports.ReasonDimension.SKU);

        assertThat(rows.getFirst().key()).isEqualTo("SKU-JACKET");
        assertThat(rows.getFirst().intent()).isEqualTo(Intent.SIZE_MISMATCH);
        assertThat(rows.getFirst().tickets()).isEqualTo(2);
        assertThat(rows.getFirst().share()).isEqualTo(1.0);
        assertThat(rows).extracting(DeskReports.ContactReasonRow::key).contains("SKU-MUG");
    }

    @Test
    void aPeriodMustBeOrderedAndTheCsvNamesItsColumns() throws Exception {
        assertThatThrownBy(() -> reports.performance(owner, start, start, DeskReports.Dimension.TEAM))
                .hasMessageStartingWith("to:");
        String day = start.atZone(ZoneOffset.UTC).toLocalDate().toString();
        String next = start.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).toString();
        mvc.perform(get("/api/v1/desk/reports/performance").param("from", day).param("to", next).param("by", "MARKET")
                        .param("format", "csv").header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("key,label,tickets,replied,resolved")));
    }

    private TicketId receive(Channel channel, String from, String text, String orderNumber) {
        return inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), channel, UUID.randomUUID().toString(), from,
                null, null, text, orderNumber, List.of(), clock.instant(), List.of())).ticket();
    }

    private String order(String prefix, String buyer, String sku) {
        String number = prefix + "-" + seller.id().value().toString().substring(0, 4);
        orders.create(owner, new NewOrder(seller.shop().id(), number,
                Instant.now().minusSeconds(86400), new NewOrder.NewBuyer(buyer, null, null, null, "GB", "en", null),
                List.of(new NewOrder.Line(sku, sku, new Money(new BigDecimal("20"), Currency.getInstance("GBP")), 1, false)),
                "API"));
        return number;
    }
}
