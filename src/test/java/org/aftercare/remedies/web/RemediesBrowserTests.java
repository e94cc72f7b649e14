package org.aftercare.remedies.web;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.aftercare.TestTenant;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferRequest;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.Offers;
import org.aftercare.remedies.RemedySeller;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The offer pages in a real browser: an agent sees an offer that needs a manager, the manager
 * approves it in the queue; an agent proposes an override with a reason; the ledger page shows
 * the totals of what was granted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemediesBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired Offers offers;
    @Autowired Clock clock;

    private RemedySeller seller;

    @BeforeEach
    void aSeller() {
        seller = new RemedySeller("DE", tenants, shops, orders, shipments, parcels, jdbc, clock);
    }

    @Test
    void aManagerApprovesAnOfferInTheQueue() {
        OrderId order = seller.order("gift", "WATCH-01:60.00");
        Offer waiting = offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(OfferKind.PRIORITY_RESHIP, null, "Birthday gift on Saturday, parcel lost"));
        assertThat(waiting.state()).isEqualTo(OfferState.APPROVAL_REQUIRED);

        signIn(seller.user(Role.AGENT));
        page.navigate(url("/offers"));
        Locator row = page.locator("#offers tr[data-offer='" + waiting.id() + "']");
        assertThat(row).hasAttribute("data-state", "APPROVAL_REQUIRED");
        assertThat(row.locator(".needs-manager")).isVisible();
        assertThat(row.locator(".grant")).hasCount(0);
        assertThat(row.locator(".approval-needed")).containsText("ABOVE_THRESHOLD");
        assertThat(page.locator(".sidebar a.active")).hasAttribute("href", "/offers");

        page.locator("#override-order").fill(orderNumber(order));
        page.locator("#override-kind").selectOption("PHONE_APOLOGY");
        page.locator("#override-reason").fill("Very upset, threatens a bad review");
        page.locator("#override-submit").click();
        assertThat(page.locator("#offer-proposed")).isVisible();
        assertThat(page.locator("#offers tr[data-state='PROPOSED']")).containsText("Phone apology");

        newPage("en-US");
        signIn(seller.user(Role.MANAGER));
        page.navigate(url("/offers"));
        row = page.locator("#offers tr[data-offer='" + waiting.id() + "']");
        assertThat(row.locator(".grant")).hasText("Approve");
        screenshot("offers-queue.png");
        row.locator(".grant").click();

        assertThat(page.locator("#offer-decided")).containsText("granted");
        assertThat(page.locator("#offers tr[data-offer='" + waiting.id() + "']")).hasCount(0);
        assertThat(offers.get(seller.owner(), waiting.id()).state()).isEqualTo(OfferState.GRANTED);
        page.navigate(url("/offers?state=GRANTED"));
        assertThat(page.locator("#offers tr[data-offer='" + waiting.id() + "'] .decided")).containsText("@remedies.example");
    }

    @Test
    void theLedgerShowsTheTotalsOfTheGrants() {
        OrderId twoItems = seller.order("ana", "TEE-RED-M:20.00", "JACKET-BLK:80.00");
        OrderId oneItem = seller.order("tom", "TEE-RED-M:20.00");
        grant(twoItems, OfferKind.PARTIAL_REFUND, "10.00");
        grant(oneItem, OfferKind.COUPON, "5.00");

        signIn(seller.user(Role.AGENT));
        page.navigate(url("/offers"));
        page.locator("#ledger-link").click();
        assertThat(page.locator(".total-card[data-currency='EUR'] .total-amount")).hasText("15.00 EUR");
        assertThat(page.locator("#totals-sku tr[data-key='TEE-RED-M'] .amount")).hasText("7.00 EUR");
        assertThat(page.locator("#totals-sku tr[data-key='JACKET-BLK'] .amount")).hasText("8.00 EUR");
        assertThat(page.locator("#totals-carrier tr[data-key='-'] .amount")).hasText("15.00 EUR");
        assertThat(page.locator("#ledger-entries tbody tr")).hasCount(3);
        assertThat(page.locator("#ledger-chart canvas")).hasCount(1);
        assertThat(page.locator("#csv-link")).hasAttribute("href", java.util.regex.Pattern.compile("/api/v1/offers/ledger\\.csv.*"));
        screenshot("offers-ledger.png");
    }

    private void grant(OrderId order, OfferKind kind, String amount) {
        Offer offer = offers.propose(seller.actor(Role.AGENT), order,
                new OfferRequest(kind, new BigDecimal(amount), "More than a week late, asked twice"));
        offers.grant(seller.actor(Role.AGENT), offer.id(), null);
    }

    private String orderNumber(OrderId order) {
        return jdbc.sql("select order_number from orders where id = :id").param("id", order.value())
                .query(String.class).single();
    }

    private void signIn(String email) {
        page.navigate(url("/login"));
        page.locator("#username").fill(email);
        page.locator("#password").fill(TestTenant.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator(".sidebar")).isVisible();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
