package org.aftercare.insights.returns;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.aftercare.insights.returns.SkuSales.aSku;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/** The return insights page in a real browser: a runs-small SKU's feedback item, its advice, acknowledged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnInsightsBrowserTests extends BrowserTest {

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired SpikeDetection detection;
    @Autowired Clock clock;

    private TestTenant seller;

    @BeforeAll
    void aRunsSmallDress() {
        seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        Instant now = clock.instant();
        aSku("DRESS-RUNS-SMALL").titled("Summer dress").sold(500).between(now.minus(Duration.ofDays(117)), now.minus(Duration.ofDays(29)))
                .returned(40, "SIZE_MISMATCH").insert(jdbc, seller);
        aSku("DRESS-RUNS-SMALL").titled("Summer dress").sold(150).between(now.minus(Duration.ofDays(27)), now.minus(Duration.ofDays(1)))
                .returned(24, "SIZE_MISMATCH").insert(jdbc, seller);
        detection.detect(seller.id());
    }

    @Test
    void theSellerSeesTheRunsSmallItemAndAcknowledgesIt() {
        for (String locale : List.of("en-US", "zh-CN")) {
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale(locale))) {
                Page page = context.newPage();
                List<String> errors = new ArrayList<>();
                page.onPageError(errors::add);
                page.navigate("http://localhost:" + port + "/login");
                page.locator("#username").fill(seller.ownerEmail());
                page.locator("#password").fill(TestTenant.PASSWORD);
                page.locator("form button[type=submit]").click();
                page.navigate("http://localhost:" + port + "/insights/returns");

                var item = page.locator("table.feedback tr[data-sku='DRESS-RUNS-SMALL'][data-group='SIZE']");
                assertThat(item).hasCount(1);
                assertThat(item.locator("td.suggested-action")).containsText(locale.equals("en-US") ? "size chart" : "尺码表");
                assertThat(page.locator("table.return-rates tbody tr")).hasCount(1);
                assertThat(page.locator("table.return-rates .mix-size")).hasCount(1);
                assertThat(page.locator("#return-rate-chart canvas")).hasCount(1);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Paths.get("target/screenshots/insights-returns-" + locale + ".png")).setFullPage(true));
                assertThat(errors).isEmpty();
            }
        }
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill(seller.ownerEmail());
            page.locator("#password").fill(TestTenant.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.navigate("http://localhost:" + port + "/insights/returns");
            page.locator("table.feedback tr[data-sku='DRESS-RUNS-SMALL'] form[action$='/acknowledge'] button").click();
            assertThat(page.locator("table.feedback tr[data-sku='DRESS-RUNS-SMALL'] form[action$='/acknowledge']")).hasCount(0);
            assertThat(page.locator("table.feedback tr[data-sku='DRESS-RUNS-SMALL'] form[action$='/done']")).hasCount(1);
        }
    }
}
