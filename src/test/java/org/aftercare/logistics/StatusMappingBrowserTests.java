package org.aftercare.logistics;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.aftercare.Chromium;
import org.aftercare.TestTenant;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

/**
 * The status mapping page's main task in a real browser: a manager maps an unknown carrier status
 * in place, and the row says what it changed. Skipped only where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusMappingBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Shipments shipments;
    @Autowired Tracking tracking;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;


    @Test
    void aManagerMapsAnUnknownCarrierStatusInPlace() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') "
                + "on conflict do nothing").update();
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        String number = "YT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null, number, "YUNEXPRESS", null,
                null, "CN", "DE", null, clock.instant().minus(Duration.ofDays(5)), null, null, false));
        tracking.ingest(seller.id(), List.of(new IncomingEvent("csv", null, number, "YUNEXPRESS",
                clock.instant().minus(Duration.ofDays(1)), "Europe/Berlin", "Leipzig hub", "DMG-12",
                "Parcel damaged in sorting", null, null, null)));

        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1440, 900));
        try {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("#username").fill(seller.ownerEmail());
            page.locator("#password").fill(TestTenant.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.navigate(url("/settings/status-mappings"));
            page.waitForLoadState(LoadState.LOAD);

            assertThat(page.locator("main h1")).hasText("Carrier status mapping");
            Locator row = page.locator("tr.unmapped-row", new Page.LocatorOptions().setHasText("DMG-12"));
            assertThat(row.locator(".events")).hasText("1");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("status-mappings.png"))
                    .setFullPage(true));

            row.locator("select[name=status]").selectOption(new SelectOption().setValue("Exception"));
            row.locator("select[name=subStatus]").selectOption(new SelectOption().setValue("Damaged"));
            row.locator("button[type=submit]").click();

            Locator mapped = page.locator("tr.mapped-row", new Page.LocatorOptions().setHasText("DMG-12"));
            assertThat(mapped.locator(".outcome"))
                    .hasText("Mapped to Exception: 1 event(s) updated, 1 parcel(s) checked again.");
            assertThat(page).hasURL(url("/settings/status-mappings")); // swapped in place, no reload
        }
        finally {
            context.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
