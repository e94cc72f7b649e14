package org.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.logistics.CarrierTicket;
import org.aftercare.logistics.CarrierTickets;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The check, on simulated orders: a lost-parcel carrier claim, a damaged-item dispute and a
 * delivered-not-received case are each refused while incomplete, naming the missing items, then
 * accepted once the items are added; their ZIP manifests verify with {@code sha256sum -c}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class CaseScenarioTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired Cases cases;
    @Autowired Dossiers dossiers;
    @Autowired EvidenceArchive archive;
    @Autowired CarrierTickets carrierTickets;
    @Autowired CaseRemedies remedies;
    @Autowired org.aftercare.remedies.Offers offers;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;
    Actor agent;
    Actor manager;

    @BeforeEach
    void aSeller() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        agent = new Actor("agent@test", seller.owner(), seller.id(), Role.AGENT, Set.of());
        manager = new Actor("manager@test", seller.owner(), seller.id(), Role.MANAGER, Set.of());
    }

    @Test
    void aLostParcelCarrierClaimIsRefusedUntilTheLabelAndTheCarriersStatementAreIn(@TempDir Path dir) throws Exception {
        ShipmentId parcel = parcels.lost(seller.shop(), "YUNEXPRESS");
        OrderId order = orderOf(parcel, "49.90");

        Case claim = cases.open(agent, new NewCase(order, null, CaseType.CARRIER_CLAIM, CaseReason.LOST, null, null,
                null, null));

        assertThat(claim.shipment()).isEqualTo(parcel);
        assertThat(claim.amount()).isEqualTo(Money.of("49.90", "USD"));
        assertThat(kinds(claim)).contains(EvidenceKind.ORDER_RECORD, EvidenceKind.TRACKING_TRAIL);
        submitRefused(claim, "LABEL_PHOTO", "CARRIER_STATEMENT");

        add(claim, EvidenceKind.LABEL_PHOTO, "label.jpg", jpeg());
        CarrierTicket ticket = carrierTickets.open(agent, parcel, "YT-" + claim.number(), "YUNEXPRESS", clock.instant());
        carrierTickets.answer(agent, ticket.id(), "Parcel lost at the Los Angeles hub; compensation up to the declared value.",
                null);
        cases.collect(agent, claim.id());

        submitAccepted(claim);
        verifyDossier(claim, dir);
    }

    @Test
    void aDamagedItemDisputeIsRefusedUntilTheDamagePhotosLabelAndChatAreIn(@TempDir Path dir) throws Exception {
        ShipmentId parcel = parcels.delivered(seller.shop(), "YUNEXPRESS");
        OrderId order = orderOf(parcel, "80.00");

        Case dispute = cases.open(agent, new NewCase(order, null, CaseType.PLATFORM_DISPUTE, CaseReason.DAMAGED, null, null,
                "TTS-R-1", null));

        submitRefused(dispute, "LABEL_PHOTO", "DAMAGE_PHOTO", "CHAT_TRANSCRIPT");

        add(dispute, EvidenceKind.LABEL_PHOTO, "label.png", png());
        add(dispute, EvidenceKind.DAMAGE_PHOTO, "box-outside.jpg", jpeg());
        add(dispute, EvidenceKind.DAMAGE_PHOTO, "item-left.jpg", jpeg());
        submitRefused(dispute, "CHAT_TRANSCRIPT");
        add(dispute, EvidenceKind.CHAT_TRANSCRIPT, "chat.txt",
                "Buyer: the box arrived crushed.\nSeller: we are sorry, please send photos.\n".getBytes(StandardCharsets.UTF_8));

        submitAccepted(dispute);
        verifyDossier(dispute, dir);
    }

    @Test
    void aDeliveredNotReceivedCaseNeedsDeliveryProofTheCarriersInvestigationAndTheBuyersStatement(@TempDir Path dir)
            throws Exception {
        ShipmentId parcel = parcels.delivered(seller.shop(), "YUNEXPRESS");
        OrderId order = orderOf(parcel, "35.00");

        Case dnr = cases.open(agent, new NewCase(order, null, CaseType.DELIVERED_NOT_RECEIVED,
                CaseReason.DELIVERED_NOT_RECEIVED, null, null, null, null));

        submitRefused(dnr, "DELIVERY_PROOF", "CARRIER_STATEMENT", "BUYER_STATEMENT");

        carrierTickets.open(agent, parcel, "INV-" + dnr.number(), "YUNEXPRESS", clock.instant());
        cases.collect(agent, dnr.id());
        add(dnr, EvidenceKind.DELIVERY_PROOF, "pod.jpg", jpeg());
        add(dnr, EvidenceKind.BUYER_STATEMENT, "statement.txt",
                "I was at home all day; nothing was left at my door.".getBytes(StandardCharsets.UTF_8));

        submitAccepted(dnr);
        verifyDossier(dnr, dir);

        var offer = remedies.propose(agent, dnr.id(), org.aftercare.remedies.OfferKind.RESHIP, "Carrier found nothing");
        assertThat(offers.forOrder(seller.id(), order)).extracting(o -> o.kind())
                .contains(org.aftercare.remedies.OfferKind.RESHIP);
        assertThat(cases.history(agent, dnr.id())).filteredOn(e -> e.kind().equals("REMEDY_PROPOSED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("RESHIP", offer.id().toString()));
    }

    @Test
    void aManagerMaySubmitAnIncompleteCaseWithAWrittenReasonWhichIsLogged() throws Exception {
        ShipmentId parcel = parcels.lost(seller.shop(), "YUNEXPRESS");
        Case claim = cases.open(agent, new NewCase(orderOf(parcel, "20.00"), null, CaseType.CARRIER_CLAIM, CaseReason.LOST,
                null, null, null, null));

        assertThatThrownBy(() -> cases.submit(agent, claim.id(), "the carrier's deadline is today"))
                .isInstanceOf(org.aftercare.shared.NotPermitted.class);
        assertThatThrownBy(() -> cases.submit(manager, claim.id(), "  ")).isInstanceOf(SubmissionBlocked.class);

        Case sent = cases.submit(manager, claim.id(), "The carrier's window closes today; the label photo follows.");

        assertThat(sent.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(cases.history(agent, claim.id())).extracting(CaseEvent::kind)
                .containsSubsequence("OPENED", "SUBMISSION_REFUSED", "OVERRIDE", "SUBMITTED");
        assertThat(cases.history(agent, claim.id())).filteredOn(e -> e.kind().equals("OVERRIDE")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("LABEL_PHOTO", "CARRIER_STATEMENT", "window closes today"));
        assertThat(jdbc.sql("select count(*) from audit_log where tenant_id = :t and action = 'cases.submit.override'")
                .param("t", seller.id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void openingHoldsTheOrdersEvidenceAndClosingReleasesIt() {
        ShipmentId parcel = parcels.lost(seller.shop(), "YUNEXPRESS");
        OrderId order = orderOf(parcel, "20.00");
        Case claim = cases.open(agent, new NewCase(order, null, CaseType.CARRIER_CLAIM, CaseReason.LOST, null, null, null,
                null));
        Case again = cases.open(agent, new NewCase(order, null, CaseType.CARRIER_CLAIM, CaseReason.LOST, null, null, null,
                null));

        assertThat(again.id()).isEqualTo(claim.id());
        assertThat(holds(order)).isEqualTo(1);

        cases.submit(manager, claim.id(), "test");
        cases.recordOutcome(agent, claim.id(), CaseStatus.REJECTED, null, "Insufficient proof of value");
        assertThat(holds(order)).as("a rejected case may be resubmitted: still held").isEqualTo(1);
        assertThat(cases.get(agent, claim.id()).venueReason()).isEqualTo("Insufficient proof of value");

        cases.submit(manager, claim.id(), "resubmitted with the invoice");
        Case approved = cases.recordOutcome(agent, claim.id(), CaseStatus.PARTIALLY_APPROVED, new java.math.BigDecimal("12.00"),
                null);

        assertThat(approved.recovered()).isEqualTo(Money.of("12.00", "USD"));
        assertThat(holds(order)).isZero();
        assertThat(jdbc.sql("select count(*) from case_submission where case_id = :c").param("c", claim.id().value())
                .query(Long.class).single()).isEqualTo(2);
    }

    void submitRefused(Case c, String... missing) throws Exception {
        mvc.perform(post("/api/v1/cases/" + c.id() + "/submit").header("Authorization", seller.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains((Object[]) missing)))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(missing[0])));
        assertThat(cases.get(agent, c.id()).status()).isEqualTo(CaseStatus.OPEN);
    }

    void submitAccepted(Case c) throws Exception {
        mvc.perform(post("/api/v1/cases/" + c.id() + "/submit").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.completeness").value(100))
                .andExpect(jsonPath("$.missing").isEmpty());
    }

    /** Unzips the dossier and runs {@code sha256sum -c SHA256SUMS} on the files; the manifest is the same twice. */
    void verifyDossier(Case c, Path dir) throws Exception {
        byte[] zip = mvc.perform(get("/api/v1/cases/" + c.id() + "/dossier.zip").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = unzip(new ByteArrayInputStream(zip), dir);
        assertThat(names).contains("manifest.csv", "SHA256SUMS", "summary-en.pdf");
        assertThat(names).anyMatch(n -> n.startsWith("files/"));

        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(output).isZero();
        assertThat(output).contains(": OK").doesNotContain("FAILED");
        assertThat(output.lines().count()).isEqualTo(names.stream().filter(n -> n.startsWith("files/")).count());

        byte[] manifest = Files.readAllBytes(dir.resolve("manifest.csv"));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        dossiers.writeZip(agent, c.id(), "zh", again);
        assertThat(dossiers.manifest(agent, c.id())).isEqualTo(manifest);
        assertThat(new String(manifest, StandardCharsets.UTF_8)).startsWith("name,kind,sha256,size,captured_at,source");
    }

    static List<String> unzip(InputStream in, Path dir) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).as(e.getName()).isTrue();
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    zip.transferTo(out);
                }
                names.add(e.getName());
            }
        }
        return names;
    }

    List<EvidenceKind> kinds(Case c) {
        return cases.evidence(agent, c).stream().map(i -> i.kind()).toList();
    }

    void add(Case c, EvidenceKind kind, String name, byte[] bytes) {
        archive.add(agent, new NewEvidence(c.order(), null, c.id().value(), kind, name, clock.instant(), "upload"),
                new ByteArrayInputStream(bytes));
    }

    long holds(OrderId order) {
        return jdbc.sql("select count(*) from evidence_hold where order_id = :o").param("o", order.value())
                .query(Long.class).single();
    }

    OrderId orderOf(ShipmentId parcel, String total) {
        String number = "CASE-" + UUID.randomUUID().toString().substring(0, 8);
        OrderId order = orders.create(agent, new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of(total, "USD"), 1, false)), "API")).order();
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
        return order;
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.BLACK);
        g.drawString(UUID.randomUUID().toString(), 10, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
