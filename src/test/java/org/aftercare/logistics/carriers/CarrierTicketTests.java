package org.aftercare.logistics.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.aftercare.TestTenant;
import org.aftercare.logistics.CarrierTicket;
import org.aftercare.logistics.CarrierTickets;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.TicketAttachment;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** "Record every carrier ticket number and statement": opened, answered once with a file, closed. */
@SpringBootTest
@AutoConfigureMockMvc
class CarrierTicketTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired CarrierTickets tickets;
    @Autowired Shipments shipments;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    ShipmentId shipment;

    @BeforeEach
    void aShipment() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') on conflict do nothing")
                .update();
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        shipment = shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null,
                "YT" + System.nanoTime(), "YUNEXPRESS", null, null, "CN", "US", null,
                Instant.parse("2026-11-01T08:00:00Z"), null, null, false));
    }

    String open(String ticketNumber) throws Exception {
        String body = mvc.perform(post("/api/v1/shipments/" + shipment + "/carrier-tickets")
                        .header("Authorization", seller.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ticketNumber\": \"" + ticketNumber + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.carrierCode").value("YUNEXPRESS"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void opensAnswersWithAFileAndCloses() throws Exception {
        String id = open("YT-CS-20261120-0042");

        mvc.perform(multipart("/api/v1/carrier-tickets/" + id + "/answer")
                        .file(new MockMultipartFile("file", "statement.pdf", "application/octet-stream", PDF))
                        .param("statement", "Parcel handed to USPS on 18 Nov; delivery scan at the mailbox.")
                        .header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.attachmentType").value("application/pdf"))   // detected, not the client's word
                .andExpect(jsonPath("$.attachmentSize").value(PDF.length))
                .andExpect(jsonPath("$.answeredBy").value("token:test"));

        mvc.perform(get("/api/v1/carrier-tickets/" + id + "/attachment").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF));

        mvc.perform(post("/api/v1/carrier-tickets/" + id + "/close").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

        mvc.perform(get("/api/v1/shipments/" + shipment + "/carrier-tickets").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].ticketNumber").value("YT-CS-20261120-0042"))
                .andExpect(jsonPath("$[0].statement").value("Parcel handed to USPS on 18 Nov; delivery scan at the mailbox."))
                .andExpect(jsonPath("$[0].status").value("CLOSED"));
    }

    @Test
    void aTicketNeedsItsNumberAndIsRecordedOnce() throws Exception {
        mvc.perform(post("/api/v1/shipments/" + shipment + "/carrier-tickets").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ticketNumber\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("ticketNumber: required"));
        open("T-1");
        mvc.perform(post("/api/v1/shipments/" + shipment + "/carrier-tickets").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ticketNumber\": \"T-1\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aTicketIsAnsweredOnceAndNeedsAStatement() throws Exception {
        String id = open("T-2");
        mvc.perform(post("/api/v1/carrier-tickets/" + id + "/answer").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"statement\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("statement: required"));
        mvc.perform(post("/api/v1/carrier-tickets/" + id + "/answer").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"statement\": \"Lost in transit; claim accepted.\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/carrier-tickets/" + id + "/answer").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"statement\": \"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Ticket T-2 is ANSWERED; only an open ticket can be answered"));
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        String id = open("T-3");
        mvc.perform(multipart("/api/v1/carrier-tickets/" + id + "/answer")
                        .file(new MockMultipartFile("file", "huge.bin", "application/pdf", new byte[TicketAttachment.MAX_BYTES + 1]))
                        .param("statement", "See file")
                        .header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("file: is 10.0 MB; at most 10 MB"));
        assertThat(tickets.get(actor(seller), new org.aftercare.logistics.CarrierTicketId(java.util.UUID.fromString(id))).status())
                .isEqualTo(CarrierTicket.Status.OPEN);
    }

    @Test
    void contentTypesAreDetectedFromTheBytes() {
        assertThat(TicketAttachment.of("a", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(TicketAttachment.of("a", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}).contentType()).isEqualTo("image/png");
        assertThat(TicketAttachment.of("a", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).contentType()).isEqualTo("image/jpeg");
        assertThat(TicketAttachment.of("a", "运单已签收 signed".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("text/plain");
        assertThat(TicketAttachment.of("a", new byte[] {0, 1, 2, (byte) 0xFE}).contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void anotherTenantSeesNeitherTheShipmentNorItsTickets() throws Exception {
        String id = open("T-4");
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.OWNER);

        mvc.perform(get("/api/v1/shipments/" + shipment + "/carrier-tickets").header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/shipments/" + shipment + "/carrier-tickets").header("Authorization", other.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ticketNumber\": \"X-1\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/carrier-tickets/" + id + "/answer").header("Authorization", other.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"statement\": \"mine now\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/carrier-tickets/" + id).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgentOfOtherMarketsDoesNotFindTheShipment() {
        Actor germanyAgent = new Actor("agent@test", seller.owner(), seller.id(), Role.AGENT, Set.of("DE"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tickets.open(germanyAgent, shipment, "T-5", null, null))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void viewersCannotRecordTickets() throws Exception {
        Actor viewer = new Actor("viewer@test", seller.owner(), seller.id(), Role.VIEWER, Set.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tickets.open(viewer, shipment, "T-6", null, null))
                .isInstanceOf(org.aftercare.shared.NotPermitted.class);
    }

    private static Actor actor(TestTenant seller) {
        return new Actor("owner@test", seller.owner(), seller.id(), Role.OWNER, Set.of());
    }
}
