package org.aftercare.outreach.campaigns.web;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.console.TestSellers;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.campaigns.CampaignPacer;
import org.aftercare.outreach.outbox.NoticeOutbox;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A manager runs the campaign wizard end to end — an open incident as the source, the preview by
 * language and channel, a new ETA window and a coupon, send — and watches the progress bar reach
 * 100 % while the notices really go out over SMTP (GreenMail).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignBrowserTests extends BrowserTest {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail MAIL = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired CampaignPacer pacer;
    @Autowired NoticeOutbox outbox;
    @Autowired JdbcClient jdbc;

    private String manager;
    private String location;
    private final List<String> buyers = new ArrayList<>();

    @BeforeAll
    void seedAnIncidentOverThreeParcels() {
        MAIL.start();
        TestSellers sellers = new TestSellers(tenants, shops, jdbc);
        TenantId seller = sellers.seller("Casa Linen");
        Shop de = sellers.shop(seller, "Casa Linen DE", "DE", "EUR", "Europe/Berlin");
        manager = sellers.user("campaigns@casa.example", "Europe/Berlin", seller);
        location = sellers.unique("Leipzig hub");
        Actor owner = new Actor("seed", null, seller, Role.OWNER, Set.of());
        mailbox(seller, de, sellers.unique("service").replace(" ", "-") + "@casa.example");
        // The test runs on the real clock: no quiet hours, whatever time it is in Berlin.
        jdbc.sql("""
                insert into outreach_shop_settings (shop_id, tenant_id, quiet_from, quiet_until)
                values (:shop, :tenant, '00:00', '00:00')
                """).param("shop", de.id().value()).param("tenant", seller.value()).update();
        jdbc.sql("""
                insert into carrier (code, name, kind, tracking_url)
                values ('CAMPAIGN_POST', 'Campaign Post', 'CROSS_BORDER', 'https://track.example/{trackingNumber}')
                on conflict do nothing
                """).update();
        List<ShipmentId> parcels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "buyer" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.de";
            buyers.add(email);
            OrderId order = orders.create(owner, new NewOrder(de.id(), sellers.unique("DE-80" + i),
                    Instant.now().minus(Duration.ofDays(6)),
                    new NewOrder.NewBuyer(email, "Käufer" + i + " Beispiel", email, null, "DE", "de", "Europe/Berlin"),
                    List.of(new NewOrder.Line("LAMP-2", "Tischlampe", Money.of("39.00", "EUR"), 1, false)), "API")).order();
            parcels.add(shipments.register(seller, new ShipmentRegistration(de.id(), order,
                    "CP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(), "CAMPAIGN_POST",
                    null, null, "CN", "DE", "standard", Instant.now().minus(Duration.ofHours(1)), null,
                    LocalDate.now().plusDays(10), false)));
        }
        incident(seller, parcels);
    }

    @AfterAll
    void stop() {
        chromium.close();
        MAIL.stop();
    }

    @Test
    void theWizardSendsACampaignAndTheProgressBarReachesOneHundredPercent() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1440, 900));
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill(manager);
        page.locator("#password").fill(TestSellers.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator(".sidebar")).isVisible();

        page.navigate("http://localhost:" + port + "/outreach/campaigns");
        page.locator("a[href$='/outreach/campaigns/new']").click();
        page.locator("input[name=name]").fill("Leipzig hub closed");
        page.locator("input[name=source][value=INCIDENT]").check();
        page.locator("select[name=incident]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("form.campaign-source button[type=submit]").click();

        assertThat(page.locator(".campaign-preview .summary")).hasText("3 affected orders, 3 buyers");
        assertThat(page.locator("table.affected tbody tr")).hasCount(1);
        assertThat(page.locator("table.affected tbody tr")).containsText("E-mail");
        assertThat(page.locator("details.sample")).hasCount(1);

        page.locator("select[name=reason]").selectOption("CARRIER_NETWORK_CLOSURE");
        page.locator("input[name=etaFrom]").fill("2027-02-10");
        page.locator("input[name=etaTo]").fill("2027-02-14");
        page.locator("input[name=coupon]").fill("5");
        page.locator("input[name=ratePerMinute]").fill("6000");
        page.locator("button[name=save]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .hasText("Timeline saved; the preview shows it.");
        assertThat(page.locator("details.sample[data-language=de] pre")).containsText("10.–14. Februar");
        assertThat(page.locator("details.sample[data-language=de] pre")).containsText("5,00\u00a0€");

        page.locator("button[name=send]").click();
        assertThat(page.locator("#campaign-progress")).isVisible();
        // The application runs without its schedulers in tests: the test drives the pacer and the outbox.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            pacer.release();
            outbox.dispatch();
            return MAIL.getReceivedMessages().length == 3;
        });
        pacer.release();
        assertThat(page.locator("#campaign-progress[data-percent='100']")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(page.locator("#campaign-progress .progress-label")).containsText("100 %");
        assertThat(page.locator("#campaign-progress .badge.status")).hasText("Done");
        assertThat(page.locator("table.report tr[data-channel=EMAIL] td.sent")).hasText("3");
        assertThat(page.locator("table.report tr[data-channel=EMAIL] td.bounced")).hasText("0");

        page.navigate("http://localhost:" + port + "/outreach/campaigns");
        assertThat(page.locator("table.campaigns tbody tr")).hasCount(1);
        assertThat(page.locator("table.campaigns tbody tr")).containsText("Done");
        context.close();
    }

    private void mailbox(TenantId tenant, Shop shop, String address) {
        String variable = "AFTERCARE_SECRET_CAMPAIGN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        MAIL.setUser(address, address, "pw-campaign");
        System.setProperty(variable, "pw-campaign");
        jdbc.sql("""
                insert into mailbox (id, tenant_id, shop_id, address, display_name, imap_host, imap_port, imap_security,
                                     imap_user, smtp_host, smtp_port, smtp_security, smtp_user, password_variable,
                                     created_at, updated_at)
                values (gen_random_uuid(), :tenant, :shop, :address, 'Casa Linen', '127.0.0.1', 143, 'NONE', :address,
                        '127.0.0.1', :port, 'NONE', :address, :variable, now(), now())
                """)
                .param("tenant", tenant.value()).param("shop", shop.id().value()).param("address", address)
                .param("port", SMTP_PORT).param("variable", variable).update();
    }

    private void incident(TenantId tenant, List<ShipmentId> parcels) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into incident (id, tenant_id, carrier_code, destination_country, location, first_detected_at,
                                      last_detected_at, parcels, status)
                values (:id, :tenant, 'CAMPAIGN_POST', 'DE', :location, :now, :now, :parcels, 'OPEN')
                """)
                .param("id", id).param("tenant", tenant.value()).param("location", location).param("now", now)
                .param("parcels", parcels.size()).update();
        for (ShipmentId parcel : parcels) {
            jdbc.sql("""
                    insert into incident_member (incident_id, shipment_id, tenant_id, joined_at)
                    values (:id, :shipment, :tenant, :now)
                    """)
                    .param("id", id).param("shipment", parcel.value()).param("tenant", tenant.value()).param("now", now)
                    .update();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
