package org.aftercare.desk.console;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

import org.aftercare.TestTenant;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.Tickets;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.Composition;
import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.Notices;
import org.aftercare.outreach.Scenario;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * An agent's desk in a real browser: working the inbox from the keyboard with the order and the
 * notices already written to the buyer beside the conversation, reading a hostile
 * buyer message as plain text, and seeing a new message arrive without reloading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Clock clock;
    @Autowired Notices notices;

    private DeskSeller seller;
    private String agent;

    @BeforeEach
    void aSellerAndAnAgent() {
        seller = new DeskSeller(tenants, shops, inbox, orders, shipments, clock);
        agent = seller.user(Role.AGENT, Set.of());
    }

    @Test
    void anAgentWorksATicketFromTheKeyboard() {
        String order = seller.orderWithParcel("mia@example.de");
        TicketId first = seller.write(seller.shop(), "mia@example.de", "Wo ist meine Bestellung?",
                "Hallo, wo ist meine Bestellung " + order + "? Ich warte seit zwei Wochen.", null, java.util.List.of());
        TicketId second = seller.email("tom@example.de", "Falsche Größe", "Die Jacke ist zu klein, ich möchte sie umtauschen.");
        var placed = orders.findByNumber(seller.tenant.id(), seller.shop().id(), order).orElseThrow();
        notices.compose(seller.owner, new Composition(placed.id().value(), null, Scenario.DELAY_NOTICE,
                DelayReason.CUSTOMS_INSPECTION, null, null, null, null, "desk-panel"));

        signIn();
        page.navigate(url("/desk"));
        Locator rows = page.locator("#inbox-list tr.ticket-row");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).hasAttribute("data-ticket", first.toString());
        assertThat(rows.nth(0)).hasClass(Pattern.compile("selected"));

        page.keyboard().press("?");
        assertThat(page.locator("#shortcut-help")).isVisible();
        assertThat(page.locator("#shortcut-help")).containsText("Mark the ticket solved");
        screenshot("desk-shortcuts.png");
        page.keyboard().press("?");
        assertThat(page.locator("#shortcut-help")).isHidden();

        page.keyboard().press("j");
        assertThat(rows.nth(1)).hasClass(Pattern.compile("selected"));
        assertThat(rows.nth(0)).not().hasClass(Pattern.compile("selected"));
        page.keyboard().press("k");
        assertThat(rows.nth(0)).hasClass(Pattern.compile("selected"));
        screenshot("desk-inbox.png");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/desk/tickets/" + first));
        assertThat(page.locator(".conversation .message.inbound")).containsText("Ich warte seit zwei Wochen");
        assertThat(page.locator(".order-panel")).containsText(order);
        assertThat(page.locator(".order-panel")).containsText("Winterjacke M");
        Locator notice = page.locator(".order-panel .order-notices li[data-scenario=DELAY_NOTICE]").first();
        assertThat(notice).containsText("Delay notice");
        assertThat(notice).containsText("Skipped");
        assertThat(notice).containsText("no channel");
        assertThat(page.locator(".order-panel a.all-notices")).hasAttribute("href", "/outreach?order=" + order);
        page.waitForFunction("() => typeof htmx === 'object'");

        page.keyboard().press("r");
        assertThat(page.locator("#composer-body")).isFocused();
        page.keyboard().type("Hallo Mia, Ihr Paket ist unterwegs und kommt diese Woche.");
        page.keyboard().press("e");   // typed into the reply, not a shortcut
        assertThat(page.locator("#composer-body")).hasValue("Hallo Mia, Ihr Paket ist unterwegs und kommt diese Woche.e");
        page.keyboard().press("Backspace");
        page.locator("#composer button[type=submit]").click();

        assertThat(page.locator(".conversation .message.reply")).containsText("Ihr Paket ist unterwegs");
        assertThat(page.locator("[role=status]")).hasText("Reply queued for sending.");
        assertThat(page.locator("#composer-body")).hasValue("");
        screenshot("desk-ticket.png");

        page.keyboard().press("e");
        assertThat(page.locator(".ticket-badges .status-pill")).hasText("Solved");
        assertThat(tickets.get(seller.owner, first).ticket().status()).isEqualTo(TicketStatus.SOLVED);

        page.keyboard().press("Escape");
        assertThat(page).hasURL(Pattern.compile("/desk$"));
        assertThat(rows).hasCount(1);
        assertThat(rows.nth(0)).hasAttribute("data-ticket", second.toString());
    }

    @Test
    void aBuyersHtmlIsShownAsTextAndNeverRuns() {
        String hostile = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
        TicketId ticket = seller.email("mallory@example.com", hostile, hostile + " Where is my order?");

        signIn();
        page.navigate(url("/desk"));
        assertThat(page.locator("#inbox-list .subject-text")).hasText(hostile);
        assertThat(page.locator("#inbox-list img")).hasCount(0);
        assertThat(page.evaluate("() => typeof window.__xss")).isEqualTo("undefined");

        page.navigate(url("/desk/tickets/" + ticket));
        Locator body = page.locator(".conversation .message.inbound .body");
        assertThat(body).hasText(hostile + " Where is my order?");
        assertThat(body.locator("script")).hasCount(0);
        assertThat(body.locator("img")).hasCount(0);
        assertThat(page.locator("main h1 .subject-text")).hasText(hostile);
        assertThat(page.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
        screenshot("desk-xss.png");
    }

    @Test
    void aNewMessageAppearsInTheOpenInboxWithoutReload() {
        seller.email("ada@example.de", "Rechnung", "Können Sie mir bitte eine Rechnung schicken?");
        signIn();
        page.navigate(url("/desk"));
        assertThat(page.locator("#inbox-list tr.ticket-row")).hasCount(1);
        assertThat(page.locator("main[data-live=open]")).hasCount(1);
        page.evaluate("() => window.__sameDocument = true");

        TicketId late = seller.email("ben@example.de", "Paket beschädigt", "Das Paket kam beschädigt an, der Karton war nass.");

        Locator row = page.locator("#inbox-list tr.ticket-row[data-ticket='" + late + "']");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Paket beschädigt");
        assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
        screenshot("desk-live.png");
    }

    @Test
    void aScriptFilledFromTheOrderGoesIntoTheComposerWithOneClick() {
        String order = seller.orderWithParcel("lena@example.de");
        TicketId ticket = seller.write(seller.shop(), "lena@example.de", "Wo ist mein Paket?",
                "Hallo, wo bleibt meine Bestellung " + order + "?", null, java.util.List.of());

        signIn();
        page.navigate(url("/desk/tickets/" + ticket));
        page.locator("#scripts [data-use-script]").first().click();

        assertThat(page.locator("#composer-body")).hasValue(Pattern.compile(".*" + order + ".*", Pattern.DOTALL));
        assertThat(page.locator("#composer-body")).isFocused();
        assertThat(page.locator("#knowledge details.sop").first()).isVisible();
    }

    @Test
    void theBuyersNextMessageAppearsOnTheOpenTicketWithoutLosingTheDraft() {
        TicketId ticket = seller.email("cleo@example.de", "Rückgabe", "Wie kann ich die Schuhe zurückschicken?");
        signIn();
        page.navigate(url("/desk/tickets/" + ticket));
        assertThat(page.locator("main[data-live=open]")).hasCount(1);
        page.locator("#composer-body").fill("Guten Tag, ");

        TicketId same = seller.email("cleo@example.de", "Rückgabe", "Und bekomme ich das Porto erstattet?");

        org.assertj.core.api.Assertions.assertThat(same).isEqualTo(ticket);
        assertThat(page.locator(".conversation .message.inbound")).hasCount(2);
        assertThat(page.locator(".conversation")).containsText("Porto erstattet");
        assertThat(page.locator("#composer-body")).hasValue("Guten Tag, ");
    }

    private void signIn() {
        page.navigate(url("/login"));
        page.locator("#username").fill(agent);
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
