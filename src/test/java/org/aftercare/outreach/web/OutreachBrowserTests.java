package org.aftercare.outreach.web;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.aftercare.console.TestSellers;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticePolicy;
import org.aftercare.outreach.notices.QuietHours;
import org.aftercare.outreach.notices.SettingsStore;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

/**
 * A manager composes a German delay notice with a preview in every language, in the buyer's zone,
 * sets the shop's outreach (policies, channels, quiet hours, limit, fallback languages), and a
 * broken template or setting is refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutreachBrowserTests extends BrowserTest {

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired JdbcClient jdbc;
    @Autowired SettingsStore settings;

    private String manager;
    private String orderNumber;
    private TestSellers sellers;
    private Shop de;
    private Actor owner;

    @BeforeAll
    void seedAnOrder() {
        sellers = new TestSellers(tenants, shops, jdbc);
        TenantId seller = sellers.seller("Casa Linen");
        de = sellers.shop(seller, "Casa Linen DE", "DE", "EUR", "Europe/Berlin");
        manager = sellers.user("manager@casa.example", "Europe/Berlin", seller);
        orderNumber = sellers.unique("DE-7001");
        owner = new Actor("seed", null, seller, Role.OWNER, Set.of());
        orders.create(owner, new NewOrder(de.id(), orderNumber, Instant.now().minusSeconds(86_400 * 4),
                new NewOrder.NewBuyer("jonas@example.de", "Jonas Weber", "jonas@example.de", null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("LAMP-2", "Tischlampe", Money.of("39.00", "EUR"), 1, false)), "API"));
    }

    @BeforeEach
    void signIn() {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill(manager);
        page.locator("#password").fill(TestSellers.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator(".sidebar")).isVisible();
    }

    @Test
    void aManagerPreviewsADelayNoticeInEveryLanguageAndSendsIt() {
        page.navigate("http://localhost:" + port + "/outreach/compose");
        page.locator("input[name=orderNumber]").fill(orderNumber);
        page.locator("select[name=reason]").selectOption("EXTREME_WEATHER");
        page.locator("input[name=coupon]").fill("5");
        page.locator("button[value=preview]").click();

        assertThat(page.locator("article[data-for-buyer] h3")).hasText("Ihre Bestellung " + orderNumber
                + " verzögert sich – der aktuelle Stand");
        assertThat(page.locator("article[data-for-buyer] pre")).containsText("Extremes Wetter");
        assertThat(page.locator("article[data-for-buyer] pre")).containsText("Gutschein über 5,00\u00a0€");
        assertThat(page.locator("details.preview")).hasCount(6);
        assertThat(page.locator("details.preview[data-language=zh] summary")).containsText("物流延误通知");

        page.locator("button[value=send]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("The notice is queued for the buyer.");
        assertThat(page.locator("table.notices tbody tr")).hasCount(1);
        assertThat(page.locator("table.notices tbody tr").first()).containsText(orderNumber);
        assertThat(page.locator("table.notices tbody tr").first()).containsText("Delay notice");
    }

    @Test
    void theNextUpdateTimeIsTheBuyersTimeShownWithTheirZone() {
        String number = sellers.unique("DE-7002");
        orders.create(owner, new NewOrder(de.id(), number, Instant.now().minusSeconds(86_400 * 4),
                new NewOrder.NewBuyer("lena@example.com", "Lena Fischer", "lena@example.com", null, "US", "de", "America/New_York"),
                List.of(new NewOrder.Line("LAMP-2", "Tischlampe", Money.of("39.00", "EUR"), 1, false)), "API"));
        LocalDateTime nextUpdate = LocalDate.now(ZoneId.of("America/New_York")).plusDays(3).atTime(9, 30);

        page.navigate("http://localhost:" + port + "/outreach/compose");
        assertThat(page.locator("#buyer-zone")).containsText("the zone shows once the order is known");
        page.waitForFunction("() => typeof htmx === 'object'");
        page.locator("input[name=orderNumber]").fill(number);
        assertThat(page.locator("#buyer-zone")).hasText("Dates and times are the buyer's, in America/New_York.");
        page.locator("input[name=nextUpdateAt]").fill(nextUpdate.toString());
        page.locator("button[value=send]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("The notice is queued for the buyer.");

        Instant promised = jdbc.sql("select n.next_update_at from notice n join orders o on o.id = n.order_id"
                        + " where o.order_number = :number")
                .param("number", number).query(java.sql.Timestamp.class).single().toInstant();
        org.assertj.core.api.Assertions.assertThat(promised).as("09:30 in New York, not in the shop's Berlin")
                .isEqualTo(nextUpdate.atZone(ZoneId.of("America/New_York")).toInstant());
    }

    @Test
    void aManagerSetsTheShopsOutreachAndAWrongValueIsRefusedNamingTheField() {
        page.navigate("http://localhost:" + port + "/outreach/settings");
        page.locator("select[name='policy.LATE_RISK']").selectOption("OFF");
        page.locator("select[name=channels][data-position='1']").selectOption("SMS");
        page.locator("select[name=channels][data-position='2']").selectOption("EMAIL");
        page.locator("select[name=channels][data-position='3']").selectOption("");
        page.locator("input[name=quietFrom]").fill("22:00");
        page.locator("input[name=quietUntil]").fill("07:30");
        page.locator("input[name=maxPerDay]").fill("3");
        page.locator("input[name=fallbackLanguages]").fill("FR, en");
        page.locator("form.settings button[type=submit]").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("Settings saved.");
        assertThat(page.locator("select[name='policy.LATE_RISK']")).hasValue("OFF");
        assertThat(page.locator("select[name='policy.NO_PICKUP']")).hasValue("AUTO");
        assertThat(page.locator("select[name=channels][data-position='1']")).hasValue("SMS");
        assertThat(page.locator("input[name=fallbackLanguages]")).hasValue("fr, en");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/outreach-settings.png"))
                .setFullPage(true));
        var saved = settings.of(de.tenant(), de.id());
        org.assertj.core.api.Assertions.assertThat(saved.channels()).containsExactly(Channel.SMS, Channel.EMAIL);
        org.assertj.core.api.Assertions.assertThat(saved.quietHours()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30)));
        org.assertj.core.api.Assertions.assertThat(saved.maxPerDay()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(saved.policy(AlertRule.LATE_RISK)).isEqualTo(NoticePolicy.OFF);
        org.assertj.core.api.Assertions.assertThat(saved.policies()).as("only what differs from the defaults").hasSize(1);

        page.locator("select[name=channels][data-position='2']").selectOption("SMS");
        page.locator("form.settings button[type=submit]").click();
        assertThat(page.locator("p.error")).hasText("channels: SMS is listed twice");

        page.locator("select[name=channels][data-position='2']").selectOption("EMAIL");
        page.locator("input[name=fallbackLanguages]").fill("pt");
        page.locator("form.settings button[type=submit]").click();
        assertThat(page.locator("p.error")).containsText("fallbackLanguages: 'pt' has no notice texts");
        assertThat(page.locator("input[name=fallbackLanguages]")).hasValue("pt");   // the form comes back as sent

        String number = sellers.unique("DE-7003");
        orders.create(owner, new NewOrder(de.id(), number, Instant.now().minusSeconds(86_400 * 4),
                new NewOrder.NewBuyer("joao@example.pt", "João Silva", "joao@example.pt", null, "PT", "pt", "Europe/Lisbon"),
                List.of(new NewOrder.Line("LAMP-2", "Tischlampe", Money.of("39.00", "EUR"), 1, false)), "API"));
        page.navigate("http://localhost:" + port + "/outreach/compose");
        page.locator("input[name=orderNumber]").fill(number);
        page.locator("button[value=preview]").click();
        assertThat(page.locator("article[data-for-buyer]"))   // Portuguese has no text: the shop's first fallback
                .hasAttribute("data-language", "fr");
    }

    @Test
    void aTemplateWithAnUnknownVariableIsRefusedWithItsPosition() {
        page.navigate("http://localhost:" + port + "/outreach/templates?scenario=DELAY_NOTICE");
        page.locator("form.template[data-language=de] textarea[name=body]").fill("Hallo {buyerName},\nIhr Paket {parcel} kommt später.");
        page.locator("form.template[data-language=de] button[type=submit]").click();

        assertThat(page.locator("p.error")).containsText("texts.de.body: unknown variable 'parcel' at line 2, column 12");
        assertThat(page.locator("form.template[data-language=de] textarea[name=body]")).hasValue("Hallo {buyerName},\nIhr Paket {parcel} kommt später.");
        assertThat(page.locator("ul.versions li")).hasCount(0);
    }
}
