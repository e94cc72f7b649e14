package org.aftercare.desk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aftercare.TestTenant;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.TicketId;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.Orders;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferState;
import org.aftercare.monitoring.Parcels;
import org.aftercare.remedies.Offers;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/** The ticket panel shows the order's offers; an agent proposes one with a reason and grants it without leaving the ticket. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskOfferTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Inbox inbox;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Offers offers;
    @Autowired Parcels parcels;
    @Autowired Clock clock;

    DeskSeller seller;
    RequestPostProcessor agent;

    @BeforeEach
    void anAgentSignedIn() throws Exception {
        seller = new DeskSeller(tenants, shops, inbox, orders, shipments, clock);
        agent = signedIn(seller.user(Role.AGENT, Set.of("DE")));
    }

    @Test
    void anAgentProposesAndGrantsAnOfferFromTheTicket() throws Exception {
        String orderNumber = seller.orderWithParcel("lena@example.de");
        TicketId ticket = seller.write(seller.shop(), "lena@example.de", "Wo bleibt mein Paket?",
                "Ich warte seit Wochen auf meine Jacke.", orderNumber, List.of());
        var order = orders.findByNumber(seller.tenant.id(), seller.shop().id(), orderNumber).orElseThrow();
        String back = "/desk/tickets/" + ticket;

        parcels.settle();
        List<Offer> automatic = offers.ofOrder(seller.owner, order.id());
        assertThat(automatic).as("the parcel's LATE_RISK and NO_PICKUP alerts answered by one coupon").singleElement()
                .satisfies(o -> assertThat(o.proposedBy()).isEqualTo("system"))
                .satisfies(o -> assertThat(o.kind()).isEqualTo(OfferKind.COUPON));
        Offer coupon = automatic.getFirst();
        assertThat(page(back)).contains("data-offer=\"" + coupon.id() + "\"").contains("Coupon for the next purchase")
                .contains("5.00 EUR").contains("/offers/" + coupon.id() + "/grant").contains("id=\"propose-offer\"");

        mvc.perform(post("/offers/propose").param("order", order.id().toString()).param("kind", "PHONE_APOLOGY")
                        .param("reason", "Needs the jacket for a trip on Friday").param("back", back)
                        .with(csrf()).with(agent))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(back));
        assertThat(offers.ofOrder(seller.owner, order.id())).hasSize(2).first()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(OfferKind.PHONE_APOLOGY))
                .satisfies(o -> assertThat(o.reason()).isEqualTo("Needs the jacket for a trip on Friday"));

        mvc.perform(post("/offers/" + coupon.id() + "/grant").param("back", back).with(csrf()).with(agent))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(back));
        assertThat(offers.get(seller.owner, coupon.id()).state()).isEqualTo(OfferState.GRANTED);
        String after = page(back);
        assertThat(after).contains("data-state=\"GRANTED\"").doesNotContain("/offers/" + coupon.id() + "/grant")
                .contains("Phone apology");
    }

    private RequestPostProcessor signedIn(String email) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(email).password(TestTenant.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return request -> {
            request.setCookies(session);
            return request;
        };
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).locale(Locale.ENGLISH).with(agent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
