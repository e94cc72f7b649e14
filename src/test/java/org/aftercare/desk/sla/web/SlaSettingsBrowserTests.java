package org.aftercare.desk.sla.web;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.aftercare.TestTenant;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * The SLA settings page's main task in a real browser: a manager adds the German team's calendar
 * with a lunch break, a policy for their shop on it, and checks in the preview that a message
 * received on Christmas Eve at 17:00 is due on Monday at noon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlaSettingsBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;


    @Test
    void aManagerAddsACalendarAndAPolicyAndSeesThePreviewDueTime() {
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1440, 900));
        try {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("#username").fill(seller.ownerEmail());
            page.locator("#password").fill(TestTenant.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.navigate(url("/settings"));
            page.locator("a[href='/desk/settings/sla']").click();
            assertThat(page.locator("main h1")).hasText("SLA policies and calendars");

            Locator calendarForm = page.locator(".calendar-form form");
            calendarForm.locator("input[name=name]").fill("German team");
            calendarForm.locator("input[name=zone]").fill("Europe/Berlin");
            calendarForm.locator("input[name=holidayCountry]").fill("DE");
            calendarForm.locator("input[name=hours]").fill("Mon-Fri 09:00-12:30,13:30-18:30; Sat 14:00-10:00");
            calendarForm.locator("button[type=submit]").click();
            assertThat(page.locator(".calendar-form .notice-error"))
                    .containsText("hours: '14:00-10:00' in 'Sat 14:00-10:00' ends before it starts");

            calendarForm = page.locator(".calendar-form form");
            calendarForm.locator("input[name=hours]").fill("Mon-Fri 09:00-12:30,13:30-18:00");
            calendarForm.locator("button[type=submit]").click();
            assertThat(page.locator("p.notice[role=status]")).hasText("The calendar is saved.");
            assertThat(page.locator("tr[data-calendar='German team']")).containsText("Mon-Fri 09:00-12:30,13:30-18:00");

            Locator policyForm = page.locator(".policy-form form");
            policyForm.locator("input[name=name]").fill("Germany e-mail");
            policyForm.locator("select[name=shop]").selectOption(new SelectOption().setLabel(seller.shop().name() + " (DE)"));
            policyForm.locator("select[name=channel]").selectOption("EMAIL");
            policyForm.locator("input[name=firstResponseMinutes]").fill("240");
            policyForm.locator("select[name=calendar]").selectOption(new SelectOption().setLabel("German team"));
            policyForm.locator("button[type=submit]").click();
            assertThat(page.locator("p.notice[role=status]")).hasText("The policy is saved.");
            assertThat(page.locator("tr[data-policy='Germany e-mail']")).containsText("German team");

            Locator preview = page.locator(".preview-form form");
            preview.locator("select[name=channel]").selectOption("EMAIL");
            preview.locator("input[name=receivedAt]").fill("2026-12-24T17:00");
            preview.locator("button[type=submit]").click();

            assertThat(page.locator("#sla-preview .preview-policy"))
                    .hasText("Policy Germany e-mail applies (matched on shop, channel).");
            assertThat(page.locator("#sla-preview tr[data-metric=FIRST_RESPONSE] .due"))
                    .hasText("2026-12-28 12:00 Mon (Europe/Berlin)");
            assertThat(page).hasURL(url("/desk/settings/sla")); // swapped in place, no reload
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sla-settings.png"))
                    .setFullPage(true));
        }
        finally {
            context.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
