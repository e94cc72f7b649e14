package org.aftercare.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.evidence.store.FileStore;
import org.aftercare.evidence.store.LocalFileStore;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** The evidence API: multipart upload, list, hash-checked download, early deletion refused. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class EvidenceApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired FileStore store;
    @Autowired TestClock clock;

    TestTenant seller;
    OrderId order;

    @BeforeEach
    void anOrder() {
        seller = TestTenant.create(tenants, shops, "US", Role.MANAGER);
        order = EvidenceFixtures.anOrder(orders, seller, clock);
    }

    ResultActions upload(String name, byte[] content, String kind) throws Exception {
        return mvc.perform(multipart("/api/v1/evidence/orders/" + order + "/items")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("kind", kind)
                .header("Authorization", seller.bearer()));
    }

    @Test
    void anUploadedPhotoIsListedWithItsHashAndDownloadsIntact() throws Exception {
        byte[] jpeg = EvidenceFixtures.photo("jpg");
        String body = upload("label.jpg", jpeg, "LABEL_PHOTO")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("LABEL_PHOTO"))
                .andExpect(jsonPath("$.mediaType").value("image/jpeg"))
                .andExpect(jsonPath("$.sha256").value(AttachmentCheck.sha256(jpeg)))
                .andExpect(jsonPath("$.thumbnail").value(containsString("/thumbnail")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/evidence/orders/" + order + "/items").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].fileName").value("label.jpg"));

        byte[] downloaded = mvc.perform(get("/api/v1/evidence/items/" + id + "/content").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(jpeg);

        mvc.perform(get("/api/v1/evidence/items/" + id + "/thumbnail").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"));
    }

    @Test
    void aDisguisedFileIsRefusedWith400NamingItAndTheReason() throws Exception {
        upload("photo.png", EvidenceFixtures.pdf(), "DAMAGE_PHOTO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("photo.png is named like image/png but its content is application/pdf")))
                .andExpect(jsonPath("$.field").value("file"));
        upload("x.pdf", EvidenceFixtures.pdf(), "SELFIE")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
    }

    @Test
    void aTamperedFileAnswers409AndIsNotSent() throws Exception {
        byte[] pdf = EvidenceFixtures.pdf();
        String id = JsonPath.read(upload("statement.pdf", pdf, "CARRIER_STATEMENT").andReturn().getResponse().getContentAsString(), "$.id");
        Path file = ((LocalFileStore) store).path(AttachmentCheck.sha256(pdf));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(10);
            raf.write('#');
        }

        mvc.perform(get("/api/v1/evidence/items/" + id + "/content").header("Authorization", seller.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Evidence tampered"))
                .andExpect(jsonPath("$.detail").value(containsString("statement.pdf")));
    }

    @Test
    void deletingEarlyAnswers409AndRetentionBelow180Answers400() throws Exception {
        String id = JsonPath.read(upload("statement.pdf", EvidenceFixtures.pdf(), "CARRIER_STATEMENT")
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(delete("/api/v1/evidence/items/" + id).header("Authorization", seller.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is kept until")));
        mvc.perform(put("/api/v1/evidence/retention/" + seller.shop().id()).header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"retentionDays\": 30}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("retentionDays"));
    }
}
