package org.aftercare.returns.console;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.aftercare.TestTenant;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.Orders;
import org.aftercare.returns.ReturnAction;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.returns.ReturnView;
import org.aftercare.returns.policy.ReturnPolicies;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The returns console in a real browser: an agent works the queue earliest deadline first and
 * decides a request waiting for review; a manager lengthens the return window and watches the
 * buyer-facing text follow before saving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnsBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRequests returns;
    @Autowired ReturnPolicies policies;
    @Autowired Clock clock;

    private ReturnsSeller seller;

    @BeforeEach
    void aSeller() {
        seller = new ReturnsSeller("DE", tenants, shops, orders, parcels, jdbc, returns, clock);
    }

    @Test
    void anAgentWorksTheQueueEarliestDeadlineFirstAndDecidesARequest() {
        UUID ticket = UUID.randomUUID();
        ReturnView later = seller.needingReview(seller.deliveredOrder(), Duration.ofMinutes(30), null);
        ReturnView overdue = seller.needingReview(seller.deliveredOrder(), Duration.ofDays(6), ticket);
        ReturnView answered = seller.decidedByRules(seller.deliveredOrder());
        assertThat(returns.reviewWarning(overdue)).isEqualTo("OVERDUE");

        signIn(seller.user(Role.AGENT, Set.of("DE")));
        page.navigate(url("/returns"));
        Locator rows = page.locator("#returns tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0)).hasAttribute("data-return", overdue.id().value().toString());
        assertThat(rows.nth(0)).hasClass(Pattern.compile("overdue"));
        assertThat(rows.nth(0).locator(".clock")).containsText("overdue by");
        assertThat(rows.nth(1)).hasAttribute("data-return", later.id().value().toString());
        assertThat(rows.nth(1).locator(".clock")).containsText("due in");
        assertThat(rows.nth(2)).hasAttribute("data-return", answered.id().value().toString());
        assertThat(rows.nth(2)).containsText("LOW_VALUE_KEEP_ITEM");
        assertThat(page.locator("#overdue-count")).isVisible();
        assertThat(page.locator(".sidebar a.active")).hasAttribute("href", "/returns");
        assertThat(page.locator("#insights-link")).hasAttribute("href", "/insights/returns");
        screenshot("returns-queue.png");

        rows.nth(0).locator(".return-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/returns/" + overdue.id().value()));
        assertThat(page.locator("#decision-rule")).hasText("UNCLEAR_REASON");
        assertThat(page.locator("#ticket-link")).hasAttribute("href", "/desk/tickets/" + ticket);
        assertThat(page.locator("#review-clock .clock")).containsText("overdue by");

        page.locator("#decide-action").selectOption("PARTIAL_REFUND");
        page.locator("#decide-amount").fill("5.00");
        page.locator("#decide-reason").fill("Small scratch on the jacket: 5 EUR back, buyer keeps it");
        screenshot("returns-decide.png");
        page.locator("#decide-submit").click();

        assertThat(page.locator("#decided-notice")).isVisible();
        assertThat(page.locator("#status")).hasAttribute("data-status", "REFUND_QUEUED");
        assertThat(page.locator("#decision-rule")).hasText("AGENT_REVIEW");
        assertThat(page.locator("#decision-reason")).hasText("Small scratch on the jacket: 5 EUR back, buyer keeps it");
        assertThat(page.locator("#refunds .refund")).containsText("5.00 EUR");
        assertThat(page.locator("#decide")).hasCount(0);
        ReturnView after = returns.find(seller.tenant.id(), overdue.id()).orElseThrow();
        assertThat(after.decision()).isEqualTo(ReturnAction.PARTIAL_REFUND);
        assertThat(after.refunds()).extracting(r -> r.amount().amount().toPlainString()).containsExactly("5.00");
    }

    @Test
    void aManagerLengthensTheWindowAndThePreviewFollows() {
        signIn(seller.user(Role.MANAGER, Set.of()));
        page.navigate(url("/returns/policy"));
        Locator preview = page.locator("#policy-preview");
        assertThat(preview).containsText("innerhalb von 30 Tagen");

        page.locator("#preview-language").selectOption("fr");
        assertThat(page.locator("#policy-preview")).containsText("dans les 30 jours");
        page.locator("#windowDays").fill("45");
        assertThat(page.locator("#policy-preview")).containsText("dans les 45 jours");
        assertThat(page.locator("#public-page")).hasAttribute("href",
                "/buyer/returns-policy/" + seller.tenant.shop().id().value() + "?lang=fr");
        assertThat(policies.effective(seller.tenant.id(), seller.tenant.shop()).windowDays()).isEqualTo(30);
        screenshot("returns-policy-preview.png");

        page.locator("#policy-submit").click();
        assertThat(page.locator("#policy-saved")).isVisible();
        assertThat(page.locator("#inforce-windowDays")).hasText("45");
        assertThat(page.locator("#policy-preview")).containsText("dans les 45 jours");
        assertThat(policies.effective(seller.tenant.id(), seller.tenant.shop()).windowDays()).isEqualTo(45);

        page.locator("#windowDays").fill("7");
        page.locator("#policy-submit").click();
        assertThat(page.locator("#policy-error")).containsText("windowDays");
        assertThat(page.locator("#windowDays")).hasAttribute("aria-invalid", "true");
        assertThat(policies.effective(seller.tenant.id(), seller.tenant.shop()).windowDays()).isEqualTo(45);
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
