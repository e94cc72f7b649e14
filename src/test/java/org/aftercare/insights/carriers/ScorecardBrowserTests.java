package org.aftercare.insights.carriers;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.TestTenant;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The insights page in a real browser: ECharts loads from its WebJar and draws both charts under
 * the console's CSP (no inline scripts), with no script errors and no missing resources.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScorecardBrowserTests extends BrowserTest {


    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired ScorecardRollup rollup;

    private TestTenant seller;

    @BeforeAll
    void seedParcels() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER'), "
                + "('4PX', '4PX', 'CROSS_BORDER') on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        var parcels = List.of(
                ADeliveredShipment.by("YUNEXPRESS").shipped("2026-09-01T00:00:00Z").deliveredAfterDays(5).promisedBy("2026-09-08").insert(jdbc, seller),
                ADeliveredShipment.by("YUNEXPRESS").shipped("2026-10-02T00:00:00Z").deliveredAfterDays(9).promisedBy("2026-10-08").insert(jdbc, seller),
                ADeliveredShipment.by("4PX").shipped("2026-09-03T00:00:00Z").deliveredAfterDays(7).promisedBy("2026-09-12").insert(jdbc, seller));
        rollup.markStale(seller.id(), parcels);
        rollup.refreshAllStale();
    }

    @Test
    void theComparisonDrawsItsCharts() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    errors.add(r.status() + " " + r.url());
                }
            });
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill(seller.ownerEmail());
            page.locator("#password").fill(TestTenant.PASSWORD);
            page.locator("form button[type=submit]").click();

            page.locator("a[href='/insights']").click();
            page.locator("#from").fill("2026-09-01");
            page.locator("#to").fill("2026-10-31");
            page.locator("form.filters button[type=submit]").click();

            assertThat(page.locator("table.scorecards tbody tr")).hasCount(3);
            assertThat(page.locator("#chart-on-time canvas")).hasCount(1);
            assertThat(page.locator("#chart-transit canvas")).hasCount(1);
            assertThat(errors).isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/insights-carriers.png"))
                    .setFullPage(true));
        }
    }
}
