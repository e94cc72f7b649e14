package org.aftercare.console;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;

import org.aftercare.Chromium;
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

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

/**
 * The console in a real browser (Debian's Chromium): sign in, read the home page, switch language
 * and tenant. Skipped only where no Chromium is installed; CI installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;


    private String seller;
    private String agent;
    private String newcomer;
    private TestSellers sellers;

    @BeforeAll
    void startBrowserAndSeedSellers() {
        sellers = new TestSellers(tenants, shops, jdbc);
        TenantId lumen = sellers.seller("Lumen Home");
        Shop uk = sellers.shop(lumen, "Lumen UK", "GB", "GBP", "Europe/London");
        sellers.shop(lumen, "Lumen US", "US", "USD", "America/New_York");
        sellers.ordersPlacedAt(uk, clock.instant().minus(Duration.ofDays(1)), 3);
        sellers.ordersPlacedAt(uk, clock.instant().minus(Duration.ofDays(20)), 2);
        sellers.shipments(uk, "InTransit", 2);
        sellers.shipments(uk, "Delivered", 1);
        sellers.shipments(uk, "Exception", 1);
        seller = sellers.user("ops@lumen.example", "Asia/Shanghai", lumen);

        TenantId first = sellers.seller("Agency Client A");
        TenantId second = sellers.seller("Agency Client B");
        sellers.shop(first, "Client A Germany", "DE", "EUR", "Europe/Berlin");
        sellers.shop(second, "Client B Mexico", "MX", "MXN", "America/Mexico_City");
        agent = sellers.user("agent@agency.example", "Europe/Berlin", first, second);

        newcomer = sellers.user("owner@newcomer.example", "UTC", sellers.seller("Newcomer"));
    }

    @Test
    void aSellerSignsInSeesTheirShopsAndSwitchesToChinese() {
        signIn(seller, TestSellers.PASSWORD);

        assertThat(page.locator("main h1")).hasText("Overview");
        assertThat(page.locator(".as-of")).containsText("Asia/Shanghai");
        Locator uk = shopCard("Lumen UK");
        assertThat(uk.locator("[data-count=orders]")).hasText("5");
        assertThat(uk.locator("[data-count=orders-last-week]")).hasText("3");
        assertThat(uk.locator("[data-count=in-flight]")).hasText("3");
        assertThat(uk.locator("[data-count=delivered]")).hasText("1");
        assertThat(uk.locator("[data-count=exceptions]")).hasText("1");
        assertThat(uk).containsText("Europe/London");
        assertThat(shopCard("Lumen US").locator("[data-count=orders]")).hasText("0");
        assertThat(page.locator("[data-total=orders]")).hasText("5");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.waitForFunction("() => typeof htmx === 'object'"); // served from its WebJar, allowed by the CSP
        assertThat(page.locator(".sidebar a", new Page.LocatorOptions().setHasText("Orders")))
                .hasAttribute("href", "/orders");
        // Every module of the navigation serves its page now (cases last): no entry is "Coming soon".
        assertThat(page.locator(".sidebar a[href='/cases']")).isVisible();
        assertThat(page.locator(".sidebar .disabled")).hasCount(0);
        assertThat(page.locator(".sidebar a.active")).hasAttribute("aria-current", "page");
        screenshot("home.png");
        page.setViewportSize(390, 844);
        screenshot("home-mobile.png");
        page.setViewportSize(1440, 900);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();

        assertThat(page.locator("main h1")).hasText("概览");
        assertThat(page.locator(".sidebar")).containsText("物流预警");
        assertThat(page.locator(".sidebar")).containsText("退货退款");
        assertThat(shopCard("Lumen UK").locator("dt").first()).hasText("订单");
        screenshot("home-zh.png");

        page.navigate(url("/no-such-page"));
        assertThat(page.locator("main h1")).hasText("页面不存在");
    }

    @Test
    void anAgencyUserSwitchesBetweenClientTenants() {
        signIn(agent, TestSellers.PASSWORD);
        assertThat(shopCard("Client A Germany")).isVisible();
        assertThat(shopCard("Client B Mexico")).hasCount(0);
        page.waitForLoadState(LoadState.LOAD); // console.js (deferred) submits the switcher on change

        page.locator("#tenant-select").selectOption(new SelectOption()
                .setLabel(sellers.unique("Agency Client B")));

        assertThat(shopCard("Client B Mexico")).isVisible();
        assertThat(shopCard("Client A Germany")).hasCount(0);
        assertThat(page.locator("main .muted").first()).containsText(sellers.unique("Agency Client B"));
        screenshot("home-agency.png");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have been signed out.");
    }

    @Test
    void aSellerWithoutShopsIsToldWhatToDoNext() {
        signIn(newcomer, TestSellers.PASSWORD);

        assertThat(page.locator(".empty-state h2")).hasText("No shops yet");
        assertThat(page.locator(".empty-state li")).hasCount(3);
        screenshot("home-empty.png");

        page.navigate(url("/no-such-page"));
        assertThat(page.locator("main h1")).hasText("Page not found");
        assertThat(page.locator(".sidebar")).isVisible();
        screenshot("not-found.png");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        signIn(seller, "not the password");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong e-mail or password.");
        assertThat(page.locator("#username")).isVisible();
        screenshot("login.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();
        assertThat(page.locator("h1")).hasText("登录工作台");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("邮箱或密码错误。");
    }

    @Test
    void beforeLoginTheBrowsersLanguageDecides() {
        BrowserContext chinese = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        try {
            Page login = chinese.newPage();
            login.navigate(url("/login"));
            assertThat(login.locator("h1")).hasText("登录工作台");
            assertThat(login.locator("html")).hasAttribute("lang", "zh-CN");

            login.navigate(url("/css/no-such.css"));
            assertThat(login.locator("main h1")).hasText("页面不存在");
            assertThat(login.locator(".sidebar")).hasCount(0);
        }
        finally {
            chinese.close();
        }
    }

    private void signIn(String email, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(email);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
    }

    private Locator shopCard(String name) {
        return page.locator("[data-shop='" + sellers.unique(name) + "']");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
