package org.aftercare.evidence.web;

import org.aftercare.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.shared.pdf.PdfReport;
import org.aftercare.tenancy.Actor;
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
import com.microsoft.playwright.options.FilePayload;

/**
 * The evidence console in a real browser: an agent finds an order by its number, uploads a photo with
 * the widget and sees it listed with its SHA-256 and thumbnail; a disguised file is refused with its
 * reason; the order record is generated with one click.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired EvidenceArchive archive;
    @Autowired Clock clock;

    private TestTenant seller;
    private String orderNumber;
    private OrderId order;

    @BeforeEach
    void anOrder() {
        seller = TestTenant.create(tenants, shops, "DE", Role.AGENT);
        orderNumber = "DE-" + UUID.randomUUID().toString().substring(0, 8);
        Actor owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        order = orders.create(owner, new NewOrder(seller.shop().id(), orderNumber, clock.instant().minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer("buyer-" + orderNumber, "Lena Käufer", "lena@example.de", null, "DE", "de", null),
                List.of(new NewOrder.Line("MUG-BLUE", "Blue mug", Money.of("14.90", "EUR"), 1, false)), "API")).order();
    }

    @Test
    void anAgentUploadsAPhotoAndSeesItWithItsHash() {
        signIn(seller.ownerEmail());
        page.navigate(url("/evidence"));
        assertThat(page.locator(".sidebar a.active")).hasAttribute("href", "/evidence");
        page.locator("#number").fill(orderNumber);
        page.locator("form.filters button[type=submit]").click();
        assertThat(page.locator("h1")).containsText(orderNumber);

        byte[] photo = png();
        page.locator("#evidence-kind").selectOption("DAMAGE_PHOTO");
        page.waitForLoadState();
        page.locator(".evidence-file").setInputFiles(new FilePayload("broken-mug.png", "image/png", photo));

        Locator row = page.locator("tr.evidence-item");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("broken-mug.png");
        assertThat(row).containsText("Damage photo or video");
        assertThat(row.locator(".evidence-sha")).hasText(AttachmentCheck.sha256(photo));
        assertThat(row.locator("img.evidence-thumb")).isVisible();
        screenshot("evidence-order.png");

        byte[] pdf = PdfReport.titled("Not a photo", null).toBytes();
        page.locator(".evidence-file").setInputFiles(new FilePayload("label.jpg", "image/jpeg", pdf));
        Locator refused = page.locator(".evidence-progress li.refused");
        assertThat(refused).containsText("label.jpg is named like image/jpeg but its content is application/pdf");
        assertThat(page.locator("tr.evidence-item")).hasCount(1);

        page.locator("#generate").click();
        assertThat(page.locator("tr.evidence-item")).hasCount(2);
        assertThat(page.locator("tr.evidence-item").nth(1)).containsText("order-record-" + orderNumber + ".pdf");
        Actor owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        assertThat(archive.ofOrder(owner, order)).hasSize(2);
    }

    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color((int) (Math.random() * 0xFFFFFF)));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
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
