package org.aftercare.desk.knowledge;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/** The knowledge-base page's main task in a real browser: a manager reads an SOP, changes it, and reads it in Chinese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeBrowserTests extends BrowserTest {

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;


    @Test
    void aManagerAdaptsTheSizeSopAndTheChineseTeamReadsTheirs() {
        TestTenant seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1440, 900));
        try {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("#username").fill(seller.ownerEmail());
            page.locator("#password").fill(TestTenant.PASSWORD);
            page.locator("form button[type=submit]").click();

            page.navigate(url("/desk/knowledge"));
            assertThat(page.locator("main h1")).hasText("Knowledge base");
            page.locator(".kb-list a", new Page.LocatorOptions().setHasText("Size does not fit")).click();
            assertThat(page.locator(".kb-article article h2")).hasText("Size does not fit");
            assertThat(page.locator(".kb-body")).containsText("size label");

            page.locator("#kb-body").fill(page.locator("#kb-body").inputValue()
                    + "\n\nGermany: offer the exchange with a prepaid DHL label.");
            page.locator(".kb-form button[type=submit]").click();
            assertThat(page.locator(".saved")).hasText("Article saved.");
            assertThat(page.locator(".kb-body")).containsText("prepaid DHL label");

            page.locator("#kb-title").fill(" ");
            page.locator(".kb-form button[type=submit]").click();
            assertThat(page.locator(".error")).containsText("title");

            page.navigate(url("/desk/knowledge?lang=zh-CN"));
            assertThat(page.locator("main h1")).hasText("知识库");
            page.locator(".kb-list a", new Page.LocatorOptions().setHasText("少件漏发")).click();
            assertThat(page.locator(".kb-body")).containsText("何时升级");

            page.locator("a.kb-new").click();
            page.locator("#kb-intent").selectOption(new SelectOption().setValue("CANCELLATION"));
            page.locator("#kb-title").fill("取消订单");
            page.locator("#kb-body").fill("1. 未发货：直接取消。\n2. 已发货：拦截或按退货处理。");
            page.locator(".kb-form button[type=submit]").click();
            assertThat(page.locator(".saved")).hasText("文章已保存。");
            assertThat(page.locator(".kb-list")).containsText("取消订单");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/desk-knowledge.png"))
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
