package org.aftercare.cases.console;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

/**
 * The cases console in a real browser: an agent opens a delivered-not-received case from the list,
 * is refused on submission with the missing items named, uploads the delivery proof, sees it in the
 * evidence with its hash and the checklist and completeness bar move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CasesBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private TestTenant seller;

    @BeforeEach
    void aSeller() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
    }

    @Test
    void anAgentOpensACaseIsToldWhatIsMissingAndUploadsTheDeliveryProof(@TempDir Path dir) throws IOException {
        String number = deliveredOrder();
        String agent = user(Role.AGENT);
        signIn(agent);

        page.navigate(url("/cases"));
        assertThat(page.locator(".sidebar a.active")).hasAttribute("href", "/cases");
        page.locator("#open-order").fill(number);
        page.locator("#open-choice").selectOption("DELIVERED_NOT_RECEIVED/DELIVERED_NOT_RECEIVED");
        page.locator("#open-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}"));
        assertThat(page.locator("#status")).hasAttribute("data-status", "OPEN");
        assertThat(page.locator("#checklist li.missing[data-kind=DELIVERY_PROOF]")).isVisible();
        assertThat(page.locator("#checklist li.present[data-kind=TRACKING_TRAIL]")).isVisible();
        assertThat(page.locator(".completeness")).hasAttribute("data-score", "40");

        page.locator("#submit-case").click();
        assertThat(page.locator("#blocked")).isVisible();
        assertThat(page.locator("#blocked li")).hasText(new String[] {"Delivery proof", "Carrier statement or ticket",
                "Buyer statement"});
        assertThat(page.locator("#status")).hasAttribute("data-status", "OPEN");
        screenshot("cases-blocked.png");

        Path proof = dir.resolve("proof-of-delivery.jpg");
        Files.write(proof, jpeg());
        page.locator("#evidence-kind").selectOption("DELIVERY_PROOF");
        page.locator(".evidence-file").setInputFiles(proof);

        assertThat(page.locator("#evidence tr.evidence-item[data-kind=DELIVERY_PROOF]")).containsText("proof-of-delivery.jpg");
        assertThat(page.locator("#evidence tr.evidence-item[data-kind=DELIVERY_PROOF] code.hash"))
                .hasText(Pattern.compile("[0-9a-f]{64}"));
        assertThat(page.locator("#checklist li.present[data-kind=DELIVERY_PROOF]")).isVisible();
        assertThat(page.locator(".completeness")).hasAttribute("data-score", "60");
        assertThat(page.locator("#dossier-en")).hasAttribute("href", Pattern.compile(".*/dossier.zip\\?language=en"));
        assertThat(page.locator("#history li[data-kind=SUBMISSION_REFUSED]")).isVisible();
        screenshot("cases-case.png");

        page.navigate(url("/cases"));
        assertThat(page.locator("#cases tbody tr")).hasCount(1);
        assertThat(page.locator("#cases tbody tr").first()).containsText(number);
    }

    @Test
    void aManagerOpensAShopAppealWithoutAnOrderAndCompletesItWithTheSellersStatement() {
        signIn(user(Role.MANAGER));

        page.navigate(url("/cases"));
        page.locator("#open-choice").selectOption("PLATFORM_APPEAL/ACCOUNT_REINSTATEMENT");
        page.locator("#open-window-start").fill(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString());
        page.locator("#open-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}"));
        assertThat(page.locator("#case-shop")).containsText(seller.shop().name());
        assertThat(page.locator("#checklist li.present[data-kind=ACCOUNT_HEALTH_RECORD]")).isVisible();
        assertThat(page.locator("#checklist li.missing[data-kind=SELLER_STATEMENT]")).isVisible();
        assertThat(page.locator(".completeness")).hasAttribute("data-score", "50");

        page.locator("#statement-facts").fill("The account was suspended for late dispatch in the week of the typhoon.");
        page.locator("#statement-position").fill("Every late order was handed to the carrier within 48 hours; the carrier's depot was closed.");
        page.locator("#statement-solution").fill("Reinstate the account; we added a second warehouse.");
        page.locator("#statement-submit").click();
        assertThat(page.locator("#statement-saved")).isVisible();
        assertThat(page.locator("#statement-facts")).hasValue("The account was suspended for late dispatch in the week of the typhoon.");
        assertThat(page.locator("#checklist li.present[data-kind=SELLER_STATEMENT]")).isVisible();
        assertThat(page.locator(".completeness")).hasAttribute("data-score", "100");

        page.locator("#submit-case").click();
        assertThat(page.locator("#status")).hasAttribute("data-status", "SUBMITTED");

        page.navigate(url("/cases"));
        assertThat(page.locator("#cases tbody tr").first()).containsText(seller.shop().name());
    }

    @Test
    void theListIsOrderedByDeadlineAndReadsInChinese() {
        String first = deliveredOrder();
        String second = deliveredOrder();
        String agent = user(Role.AGENT);
        newPage("zh-CN");
        signIn(agent);

        page.navigate(url("/cases"));
        page.locator("#open-order").fill(first);
        page.locator("#open-choice").selectOption("CARRIER_CLAIM/LOST");
        page.locator("#open-submit").click();
        page.navigate(url("/cases"));
        page.locator("#open-order").fill(second);
        page.locator("#open-choice").selectOption("PLATFORM_DISPUTE/NOT_RECEIVED");
        page.locator("#open-submit").click();

        page.navigate(url("/cases"));
        assertThat(page.locator("h1")).hasText("案件");
        assertThat(page.locator("#cases tbody tr")).hasCount(2);
        assertThat(page.locator("#cases tbody tr").nth(0)).containsText(second);
        assertThat(page.locator("#cases tbody tr").nth(0)).containsText("平台纠纷");
        assertThat(page.locator("#cases tbody tr").nth(1)).containsText(first);
        screenshot("cases-list-zh.png");
    }

    @Test
    void aManagerMakesTheCarriersStatementRequiredForLateDeliveryClaims() {
        signIn(user(Role.MANAGER));
        page.navigate(url("/cases"));
        page.locator("#settings-link").click();

        page.locator("[data-checklist='CARRIER_CLAIM/LATE'] a").click();
        page.locator("[data-kind=CARRIER_STATEMENT] input[value=REQUIRED]").check();
        page.locator("#checklist-save").click();
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("[data-kind=CARRIER_STATEMENT] input[value=REQUIRED]")).isChecked();

        page.navigate(url("/cases/settings"));
        assertThat(page.locator("[data-checklist='CARRIER_CLAIM/LATE']")).containsText("Carrier statement or ticket");
        assertThat(page.locator("[data-checklist='CARRIER_CLAIM/LATE']")).containsText("The shop's own");
        page.locator("input[name=carrierClaimDays]").fill("45");
        page.locator("#settings-save").click();
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("input[name=carrierClaimDays]")).hasValue("45");
        screenshot("cases-settings.png");
    }

    private String deliveredOrder() {
        ShipmentId parcel = parcels.delivered(seller.shop(), "YUNEXPRESS");
        String number = "UI-" + UUID.randomUUID().toString().substring(0, 8);
        Actor owner = new Actor("owner", seller.owner(), seller.id(), Role.OWNER, Set.of());
        var order = orders.create(owner, new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of("35.00", "USD"), 1, false)), "API")).order();
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
        return number;
    }

    private String user(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@cases.example";
        var user = tenants.createUser(email, "Cases " + role.name().toLowerCase(), TestTenant.PASSWORD, "en");
        tenants.grant(user, seller.id(), role, Set.of());
        return email;
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.BLACK);
        g.drawString(UUID.randomUUID().toString(), 10, 120);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
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
