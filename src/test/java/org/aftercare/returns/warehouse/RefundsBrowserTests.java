package org.aftercare.returns.warehouse;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.TestTenant;
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

/** The cash-flow page in a real browser: ECharts loads under the CSP and draws its canvas. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefundsBrowserTests extends BrowserTest {

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnsToReceive returns;
    @Autowired ReturnWarehouses warehouses;
    @Autowired Receiving receiving;


    @Test
    void theCashFlowChartIsDrawn() {
        TestTenant seller = RefundsPageTests.aSellerWithAReceivedReturn(tenants, shops, jdbc, returns, warehouses, receiving);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1440, 900));
        try {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.navigate(url("/login"));
            page.locator("#username").fill(seller.ownerEmail());
            page.locator("#password").fill(TestTenant.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.navigate(url("/returns/refunds"));
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.locator("main h1")).hasText("Refunds and cash flow");
            assertThat(page.locator("#refund-chart canvas")).hasCount(1);
            assertThat(page.locator("tr.cash-flow-row")).hasCount(1);
            assertThat(page.locator("tr.queued-refund")).containsText("104.00 USD");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/returns-refunds.png"))
                    .setFullPage(true));
            org.assertj.core.api.Assertions.assertThat(errors).as("script errors").isEmpty();
        }
        finally {
            context.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
