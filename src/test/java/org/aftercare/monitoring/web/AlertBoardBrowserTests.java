package org.aftercare.monitoring.web;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import org.aftercare.console.TestSellers;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An operations agent's day on the alert board, in a real browser: filter by rule, acknowledge
 * two alerts at once, investigate a parcel's timeline in three zones, resolve with a note, record
 * a buyer's non-receipt, read it all in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertBoardBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired Parcels parcels;


    private String agent;
    private String newcomer;
    private ShipmentId lost;
    private ShipmentId delivered;

    @BeforeAll
    void seedAlerts() {
        TestSellers sellers = new TestSellers(tenants, shops, jdbc);
        TenantId lumen = sellers.seller("Lumen Home");
        Shop us = sellers.shop(lumen, "Lumen US", "US", "USD", "America/New_York");
        parcels.shippedHoursAgo(us, "YUNEXPRESS", 50);
        parcels.shippedHoursAgo(us, "YUNEXPRESS", 62);
        parcels.shippedHoursAgo(us, "4PX", 80);
        lost = parcels.lost(us, "4PX");
        delivered = parcels.delivered(us, "YUNEXPRESS");
        parcels.awaitAlerts(lumen, 4);
        parcels.raisedWhenDue(lumen);
        agent = sellers.user("ops@lumen.example", "Europe/Berlin", lumen);
        newcomer = sellers.user("calm@quiet.example", "UTC", sellers.seller("Quiet Shop"));
    }

    @Test
    void anAgentWorksTheBoardAndInvestigatesAParcel() {
        signIn(agent);
        page.locator(".sidebar a", new Page.LocatorOptions().setHasText("Shipments & alerts")).click();

        assertThat(page.locator("main h1")).hasText("Shipments & alerts");
        assertThat(chip("NO_PICKUP").locator(".chip-count")).hasText("3");
        assertThat(chip("NO_PICKUP")).containsText("No pickup scan 48 h after the label");
        assertThat(chip("EXCEPTION").locator(".chip-count")).hasText("1");
        assertThat(page.locator("tbody tr").first()).containsText("Critical");
        screenshot("alerts-board.png");

        chip("NO_PICKUP").click();
        assertThat(page).hasURL(Pattern.compile("rule=NO_PICKUP"));
        assertThat(page.locator("tbody tr")).hasCount(3);
        assertThat(page.locator("tbody tr").first().locator(".age")).hasText(Pattern.compile("1 d 8 h|1 d 7 h"));
        page.waitForFunction("() => typeof htmx === 'object'");

        page.locator("tbody tr").nth(0).locator("input[name=ids]").check();
        page.locator("tbody tr").nth(1).locator("input[name=ids]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge selected")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("2 alerts acknowledged.");
        assertThat(page.locator("tbody tr[data-status=ACKNOWLEDGED]")).hasCount(2);
        assertThat(page.locator("tbody tr[data-status=OPEN]")).hasCount(1);
        assertThat(page).hasURL(Pattern.compile("rule=NO_PICKUP"));
        screenshot("alerts-acknowledged.png");

        page.navigate(url("/alerts?rule=EXCEPTION"));
        page.locator("tbody tr").first().locator(".tracking a").click();

        assertThat(page.locator("main h1")).hasText(parcels.number(lost));
        Locator timeline = page.locator("table.timeline");
        assertThat(timeline.locator("thead")).containsText("Origin time (Asia/Shanghai)");
        assertThat(timeline.locator("thead")).containsText("Destination time (America/New_York)");
        assertThat(timeline.locator("thead")).containsText("Your time (Europe/Berlin)");
        assertThat(timeline.locator("tbody tr")).hasCount(2);
        assertThat(timeline.locator("tbody tr").first()).containsText("Parcel lost");
        assertThat(page.locator(".milestones li[data-milestone=PICKED_UP]")).hasClass(Pattern.compile("reached"));
        screenshot("shipment.png");

        Locator card = page.locator(".alert-card[data-rule=EXCEPTION]");
        card.getByPlaceholder(Pattern.compile("How was it resolved")).fill("Carrier opened a lost-parcel claim, ref 88213");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resolve")).click();

        assertThat(card.locator(".status-tag")).hasText("Resolved");
        assertThat(card.locator(".history")).containsText("Carrier opened a lost-parcel claim, ref 88213");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();
        assertThat(page.locator("h2.section-title").last()).hasText("物流轨迹");
        assertThat(page.locator("table.timeline thead")).containsText("始发地时间（Asia/Shanghai）");
        screenshot("shipment-zh.png");

        page.navigate(url("/alerts"));
        assertThat(page.locator("main h1")).hasText("物流预警");
        assertThat(chip("NO_PICKUP")).containsText("面单创建48小时后仍无揽收扫描");
        screenshot("alerts-board-zh.png");
    }

    @Test
    void aBuyerReportOnADeliveredParcelOpensAnAlert() {
        signIn(agent);
        page.navigate(url("/shipments/" + delivered));
        assertThat(page.locator(".milestones li[data-milestone=DELIVERED]")).hasClass(Pattern.compile("reached"));

        page.getByText("Buyer reports non-receipt").click();
        page.locator("#statement").fill("Nothing at the front door, neighbours have nothing either");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a delivered-not-received alert")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("buyer report is recorded");
        assertThat(page.locator(".alert-card[data-rule=DELIVERED_NOT_RECEIVED]")).containsText("Critical");
        assertThat(page.locator(".alert-card[data-rule=DELIVERED_NOT_RECEIVED] .history"))
                .containsText("Nothing at the front door");
        screenshot("shipment-delivered-not-received.png");
    }

    @Test
    void theRuleSettingsShowTheDefaultsAndTakeAnOverride() {
        signIn(agent);
        page.navigate(url("/alerts/settings"));

        assertThat(page.locator("[data-default=NO_PICKUP] .stat-value")).hasText("48 h");
        assertThat(page.locator("[data-default=CUSTOMS_DWELL] .stat-value")).hasText("5 days");
        assertThat(page.locator("[data-default=STALLED] .stat-value")).hasText("7 days / 3 days");
        assertThat(page.locator("[data-default=LATE_RISK] .stat-value")).hasText("60 %");

        page.locator("input[name=carrier]").fill("4PX");
        page.locator("input[name=originCountry]").fill("CN");
        page.locator("input[name=destinationCountry]").fill("US");
        page.locator("input[name=noPickupHours]").fill("24");
        page.locator("select[name=stalledDaysKind]").selectOption("business");
        page.locator("input[name=disabledRules][value=LATE_RISK]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save override")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Override saved");
        Locator row = page.locator("table.overrides tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("4PX");
        assertThat(row).containsText("CN-US");
        assertThat(row).containsText("24 h");
        assertThat(row).containsText("Late risk");
        screenshot("alert-settings.png");

        page.locator("input[name=lateRiskPercent]").fill("150");
        page.locator("input[name=lateRiskPercent]").evaluate("e => e.removeAttribute('max')");
        page.locator("input[name=noPickupHours]").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save override")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("lateRiskProbability");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
        assertThat(page.locator("table.overrides")).hasCount(0);
    }

    @Test
    void aQuietSellerSeesTheEmptyState() {
        signIn(newcomer);
        page.navigate(url("/alerts"));
        assertThat(page.locator(".empty-state h2")).hasText("No open alerts");
        screenshot("alerts-empty.png");
    }

    private Locator chip(String rule) {
        return page.locator(".chip[data-rule=" + rule + "]");
    }

    private void signIn(String email) {
        page.navigate(url("/login"));
        page.locator("#username").fill(email);
        page.locator("#password").fill(TestSellers.PASSWORD);
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
