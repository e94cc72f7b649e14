package org.aftercare.returns.warehouse;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.returns.ReturnView;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * The receiving screen's main task in a real browser, driven only by the keyboard as with a
 * scanner: scan (type + Enter), grade each line (a/b/c/d, Tab, Enter), see the refund queued,
 * and the scan field ready for the next parcel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceivingBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnsToReceive returns;
    @Autowired ReturnWarehouses warehouses;


    @Test
    void aWarehouseWorkerReceivesAndGradesAReturnWithTheKeyboardOnly() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing").update();
        jdbc.sql("insert into carrier (code, name, kind) values ('USPS', 'USPS', 'LAST_MILE') on conflict do nothing").update();
        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.MANAGER);
        warehouses.create(ReturnsToReceive.owner(seller), new ReturnWarehouses.NewWarehouse("Newark returns", "US",
                "1 Port St, Newark NJ", "LOCAL_RETURN_WAREHOUSE", List.of()));
        returns.refundTiming(seller, "ON_GRADING");
        ReturnView r = returns.anApprovedReturn(seller, "USD");
        String tracking = "9400" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        warehouses.recordShipment(ReturnsToReceive.owner(seller), r.id(), "USPS", tracking, null);

        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1440, 900));
        try {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("#username").fill(seller.ownerEmail());
            page.locator("#password").fill(TestTenant.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.navigate(url("/returns/receiving"));
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.locator("main h1")).hasText("Receiving returns");

            assertThat(page.locator("#scan")).isFocused();
            page.keyboard().type(tracking.toLowerCase());
            page.keyboard().press("Enter");

            assertThat(page.locator(".receipt h2")).hasText("Return " + r.number());
            assertThat(page.locator(".receipt .status")).hasText("Status: Received, to grade");
            assertThat(page.locator("input.grade-input").first()).isFocused();
            page.keyboard().type("a");           // line 1: two tees, resell
            page.keyboard().press("Tab");        // received: empty = all returned
            page.keyboard().press("Tab");        // damaged: empty = none
            page.keyboard().press("Tab");
            page.keyboard().type("d");           // line 2: the jacket is missing
            page.keyboard().press("Enter");

            assertThat(page.locator(".receipt .status")).hasText("Status: Refund queued");
            assertThat(page.locator(".refund-queued")).hasText("Refund queued: 24.00 USD");
            assertThat(page.locator("tr.line.graded .grade")).hasText(new String[] {"A", "D"});
            assertThat(page.locator("#scan")).isFocused();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("returns-receiving.png"))
                    .setFullPage(true));

            page.keyboard().type("no-such-parcel");
            page.keyboard().press("Enter");
            assertThat(page.locator(".error")).containsText("no-such-parcel");
            assertThat(page.locator("#scan")).isFocused();
        }
        finally {
            context.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
