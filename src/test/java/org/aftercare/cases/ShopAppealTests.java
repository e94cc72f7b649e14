package org.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceItem;
import org.aftercare.evidence.EvidenceKind;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 6 items 2 and 7: a platform appeal about the shop as a whole, opened without an order. It
 * holds no order evidence, carries the shop's account-health record generated into it, is refused on
 * submit while the seller's statement is missing and accepted once it is written; its dossier holds
 * the account-health PDF and a manifest that verifies with {@code sha256sum -c}. Every other type
 * still requires an order.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class ShopAppealTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Cases cases;
    @Autowired EvidenceArchive archive;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;

    TestTenant seller;
    Actor agent;

    @BeforeEach
    void aSeller() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        agent = new Actor("agent@test", seller.owner(), seller.id(), Role.AGENT, Set.of());
    }

    @Test
    void aReinstatementAppealWithoutAnOrderIsRefusedUntilTheSellersStatementIsWritten(@TempDir Path dir) throws Exception {
        Instant decision = clock.instant().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode opened = body(open("""
                {"shop": "%s", "type": "PLATFORM_APPEAL", "reason": "ACCOUNT_REINSTATEMENT", "windowStartsAt": "%s",
                 "externalRef": "SUSP-2026-118"}
                """.formatted(seller.shop().id(), decision))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.order").isEmpty())
                .andExpect(jsonPath("$.shop").value(seller.shop().id().value().toString()))
                .andExpect(jsonPath("$.required").value(contains("ACCOUNT_HEALTH_RECORD", "SELLER_STATEMENT")))
                .andExpect(jsonPath("$.optional").value(contains("OTHER")))
                .andExpect(jsonPath("$.missing").value(contains("SELLER_STATEMENT")))
                .andExpect(jsonPath("$.completeness").value(50))
                // the appeal window (7 calendar days in the US) runs from the platform's decision
                .andExpect(jsonPath("$.deadlineAt").value(decision.plus(Duration.ofDays(7)).toString())));
        CaseId id = new CaseId(UUID.fromString(opened.get("id").asString()));
        Case c = cases.get(agent, id);
        assertThat(c.shopLevel()).isTrue();

        // the account-health record was generated into the case, once
        List<EvidenceItem> items = cases.evidence(agent, c);
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(EvidenceKind.ACCOUNT_HEALTH_RECORD);
            assertThat(item.order()).isNull();
            assertThat(item.caseRef()).isEqualTo(id.value());
            assertThat(item.mediaType()).isEqualTo("application/pdf");
            assertThat(item.generated()).isFalse();
        });
        cases.collect(agent, id);
        assertThat(cases.evidence(agent, c)).hasSize(1);
        // no order, so no legal hold
        assertThat(jdbc.sql("select count(*) from evidence_hold where holder = :h").param("h", "case:" + id)
                .query(Long.class).single()).isZero();
        // opening it again returns the open appeal
        open("""
                {"shop": "%s", "type": "PLATFORM_APPEAL", "reason": "ACCOUNT_REINSTATEMENT"}
                """.formatted(seller.shop().id()))
                .andExpect(jsonPath("$.id").value(id.value().toString()));

        // an OTHER document uploaded for the case joins it
        mvc.perform(multipart("/api/v1/cases/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "remediation-plan.png", "image/png", CaseScenarioTests.png()))
                        .param("kind", "OTHER").header("Authorization", seller.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("OTHER"));
        mvc.perform(multipart("/api/v1/cases/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", "not a pdf".getBytes()))
                        .param("kind", "OTHER").header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", seller.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing").value(contains("SELLER_STATEMENT")))
                .andExpect(jsonPath("$.detail").value(containsString("SELLER_STATEMENT")));
        assertThat(cases.get(agent, id).status()).isEqualTo(CaseStatus.OPEN);

        mvc.perform(put("/api/v1/cases/" + id + "/statement").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"facts": "The shop was suspended on a late-dispatch rate computed during the carrier strike.",
                                 "position": "Every late parcel was handed over on time; the record shows how buyers were kept informed.",
                                 "language": "en"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missing").isEmpty());
        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.completeness").value(100));

        byte[] zip = mvc.perform(get("/api/v1/cases/" + id + "/dossier.zip").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = CaseScenarioTests.unzip(new ByteArrayInputStream(zip), dir);
        assertThat(names).contains("manifest.csv", "SHA256SUMS", "summary-en.pdf");
        String health = names.stream().filter(n -> n.startsWith("files/") && n.contains("account_health_record"))
                .findFirst().orElseThrow(() -> new AssertionError("no account-health PDF in " + names));
        assertThat(health).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(dir.resolve(health)), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.readString(dir.resolve("manifest.csv"))).containsIgnoringCase("ACCOUNT_HEALTH_RECORD").contains(health.substring("files/".length()));
        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(output).isZero();
        assertThat(output).contains(health + ": OK").doesNotContain("FAILED");

        // closing it releases nothing and breaks nothing
        mvc.perform(post("/api/v1/cases/" + id + "/outcome").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"APPROVED\"}"))
                .andExpect(status().isOk());
        assertThat(cases.get(agent, id).status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void onlyAnAppealGoesWithoutAnOrderAndAnOrderMustBeTheShops() throws Exception {
        open("""
                {"shop": "%s", "type": "PLATFORM_DISPUTE", "reason": "DAMAGED"}
                """.formatted(seller.shop().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("order:")))
                .andExpect(jsonPath("$.detail").value(containsString("PLATFORM_APPEAL")));
        open("""
                {"type": "PLATFORM_APPEAL", "reason": "SHOP_HEALTH_VIOLATION"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("shop:")));
        open("""
                {"shop": "%s", "type": "PLATFORM_APPEAL", "reason": "SHOP_HEALTH_VIOLATION"}
                """.formatted(UUID.randomUUID()))
                .andExpect(status().isNotFound());

        TestTenant other = TestTenant.create(tenants, shops, "US", Role.AGENT);
        OrderId order = orders.create(agent, new NewOrder(seller.shop().id(), "APPEAL-" + UUID.randomUUID().toString().substring(0, 8),
                clock.instant().minus(Duration.ofDays(5)),
                new NewOrder.NewBuyer("buyer-appeal", "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of("40.00", "USD"), 1, false)), "API")).order();
        open("""
                {"shop": "%s", "order": "%s", "type": "PLATFORM_APPEAL", "reason": "LATE_DISPATCH"}
                """.formatted(other.shop().id(), order))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("shop:")));
        open("""
                {"shop": "%s", "order": "%s", "type": "PLATFORM_APPEAL", "reason": "LATE_DISPATCH"}
                """.formatted(seller.shop().id(), order))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.order").value(order.value().toString()))
                .andExpect(jsonPath("$.required").value(contains("ORDER_RECORD", "LABEL_PHOTO", "TRACKING_TRAIL")));
    }

    ResultActions open(String body) throws Exception {
        return mvc.perform(post("/api/v1/cases").header("Authorization", seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
