package org.aftercare.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.aftercare.TestTenant;
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
import org.springframework.test.web.servlet.ResultActions;

/** Our own tracking event API and CSV import, bad input first. */
@SpringBootTest
@AutoConfigureMockMvc
class TrackingEventApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    String number;

    @BeforeEach
    void aSellerWithAShipment() throws Exception {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') "
                + "on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        number = ShipmentApiTests.number();
        mvc.perform(post("/api/v1/shipments").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ShipmentApiTests.registration(seller.shop().id().value(), number, "YUNEXPRESS")))
                .andExpect(status().isCreated());
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() throws Exception {
        postEvents("{\"events\": [ {\"trackingNumber\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request body"));
    }

    @Test
    void aBatchWithoutEventsOrWithTooManyIsA400NamingEvents() throws Exception {
        postEvents("{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("events: required"));
        String many = event(null, "2026-11-03T10:00:00Z", "Shenzhen", "InTransit", "PICKED_UP");
        postEvents(batch(java.util.Collections.nCopies(10_001, many).toArray(String[]::new)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("events: at most 10000 per request")));
    }

    @Test
    void goodEventsAreKeptAndEachBadOneIsNamedByIndexAndField() throws Exception {
        postEvents(batch(
                event("e1", "2026-11-03T10:00:00+08:00", "Shenzhen", "InTransit", "PICKED_UP"),
                "{\"trackingNumber\":\"" + number + "\",\"occurredAt\":\"2026-11-03T12:00:00\",\"status\":\"InTransit\"}",
                "{\"trackingNumber\":\"" + number + "\",\"occurredAt\":\"2026-11-03T12:00:00\",\"zone\":\"Asia/Shenzen\",\"status\":\"InTransit\"}",
                "{\"occurredAt\":\"2026-11-03T12:00:00Z\"}",
                "{\"trackingNumber\":\"" + number + "\",\"occurredAt\":\"2026-11-03T12:00:00Z\",\"status\":\"Moving\"}",
                "null"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(6))
                .andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].field").value("events[1].occurredAt"))
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("has no offset")))
                .andExpect(jsonPath("$.rejected[1].field").value("events[2].zone"))
                .andExpect(jsonPath("$.rejected[2].field").value("events[3].trackingNumber"))
                .andExpect(jsonPath("$.rejected[3].field").value("events[3].status"))
                .andExpect(jsonPath("$.rejected[4].field").value("events[4].status"))
                .andExpect(jsonPath("$.rejected[4].reason").value(containsString("is not one of NotFound, InfoReceived")))
                .andExpect(jsonPath("$.rejected[5].field").value("events[5]"));
        assertThat(state()).containsEntry("status", "InTransit").containsEntry("last_location", "Shenzhen");
    }

    @Test
    void aLocalTimeIsReadInTheCountrysZone() throws Exception {
        postEvents(batch("{\"trackingNumber\":\"" + number + "\",\"occurredAt\":\"2026-11-03 10:00:00\",\"country\":\"CN\","
                + "\"location\":\"Shenzhen\",\"status\":\"InTransit\",\"milestone\":\"PICKED_UP\"}"))
                .andExpect(jsonPath("$.stored").value(1));
        assertThat(((java.sql.Timestamp) state().get("picked_up_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-03T02:00:00Z"));
    }

    @Test
    void theSameBatchTwiceOrReorderedChangesNothing() throws Exception {
        List<String> journey = List.of(
                event(null, "2026-11-03T10:00:00+08:00", "Shenzhen", "InTransit", "PICKED_UP"),
                event(null, "2026-11-04T22:00:00+08:00", "SZX", "InTransit", "DEPARTED_ORIGIN"),
                event(null, "2026-11-06T09:00:00+01:00", "Leipzig hub", "InTransit", "ARRIVED_DESTINATION"));
        postEvents(batch(journey.toArray(String[]::new))).andExpect(jsonPath("$.stored").value(3));
        Map<String, Object> before = state();

        List<String> shuffled = new ArrayList<>(journey);
        Collections.shuffle(shuffled, new Random(3));
        postEvents(batch(shuffled.toArray(String[]::new)))
                .andExpect(jsonPath("$.stored").value(0))
                .andExpect(jsonPath("$.duplicates").value(3));

        assertThat(state()).isEqualTo(before);
        assertThat(before).containsEntry("last_location", "Leipzig hub");
    }

    @Test
    void anEventDatedInTheFutureIsKeptAndFlagged() throws Exception {
        postEvents(batch(event("f1", "2099-01-01T00:00:00Z", "Berlin", "Delivered", "DELIVERED")))
                .andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.future").value(1));
        assertThat(state()).containsEntry("status", "InfoReceived");
    }

    @Test
    void eventsOfAnUnknownNumberWaitAndUnknownRawStatusesAreCounted() throws Exception {
        postEvents(batch(
                "{\"trackingNumber\":\"NOT-YET-KNOWN-1\",\"occurredAt\":\"2026-11-03T10:00:00Z\",\"status\":\"InTransit\"}",
                "{\"trackingNumber\":\"" + number + "\",\"occurredAt\":\"2026-11-03T10:00:00Z\",\"rawStatus\":\"ZZ-UNHEARD-OF\"}"))
                .andExpect(jsonPath("$.waitingForShipment").value(1))
                .andExpect(jsonPath("$.unmapped").value(1));
    }

    @Test
    void aCsvFileKeepsEveryGoodLineAndReportsEveryBadOneByLineNumber() throws Exception {
        String csv = """
                Tracking_Number,Occurred_At,Zone,Country,Location,Raw_Status,Status,Milestone
                %1$s,2026-11-03 10:00:00,Asia/Shanghai,,Shenzhen,,InTransit,PICKED_UP
                %1$s,2026-11-04 10:00:00,,,Nowhere,,InTransit,
                %1$s,2026-11-05T10:00:00Z,,,SZX,Departed from origin country,,
                ,2026-11-05T10:00:00Z,,,SZX,,InTransit,
                %1$s,2026-11-06T09:00:00,,DE,Leipzig hub,,InTransit,ARRIVED_DESTINATION
                %1$s,2026-11-07T09:00:00Z,,,Leipzig hub,,Sideways,
                """.formatted(number);

        importCsv(csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(6))
                .andExpect(jsonPath("$.stored").value(3))
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("occurred_at"))
                .andExpect(jsonPath("$.errors[1].line").value(5))
                .andExpect(jsonPath("$.errors[1].field").value("tracking_number"))
                .andExpect(jsonPath("$.errors[2].line").value(7))
                .andExpect(jsonPath("$.errors[2].field").value("status"));
        assertThat(state()).containsEntry("last_location", "Leipzig hub");

        importCsv(csv).andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.duplicates").value(3));
    }

    @Test
    void aCsvLineThatIsNotUtf8OrHasAnUnclosedQuoteIsReportedAndTheRestKept() throws Exception {
        byte[] head = ("tracking_number,occurred_at,location,status\n" + number + ",2026-11-03T10:00:00Z,Shenzhen,InTransit\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] gbk = (number + ",2026-11-04T10:00:00Z,深圳,InTransit\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] tail = (number + ",2026-11-05T10:00:00Z,\"Leipzig hub,InTransit\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + gbk.length + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(gbk, 0, file, head.length, gbk.length);
        System.arraycopy(tail, 0, file, head.length + gbk.length, tail.length);

        mvc.perform(post("/api/v1/tracking-events/import").header("Authorization", seller.bearer())
                        .contentType("text/csv").content(file))
                .andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value("the line is not UTF-8; save the file as UTF-8 CSV"))
                .andExpect(jsonPath("$.errors[1].line").value(4));
    }

    @Test
    void aCsvFileWithoutTheRequiredColumnsIsRejectedWhole() throws Exception {
        importCsv("tracking_number,location\nYT1,Shenzhen\n")
                .andExpect(jsonPath("$.stored").value(0))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].reason").value("missing columns: occurred_at"));
    }

    @Test
    void aCsvFileCanBeUploaded() throws Exception {
        byte[] csv = ("tracking_number,occurred_at,status\n" + number + ",2026-11-03T10:00:00Z,InTransit\n").getBytes();
        mvc.perform(multipart("/api/v1/tracking-events/import").file(new MockMultipartFile("file", "events.csv",
                        "text/csv", csv)).header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(1));
    }

    @Test
    void aReadOnlyTokenMayNotPostEvents() throws Exception {
        String viewer = "Bearer " + tenants.issueApiToken(seller.id(), "viewer", Role.VIEWER, seller.owner());
        mvc.perform(post("/api/v1/tracking-events").header("Authorization", viewer)
                        .contentType(MediaType.APPLICATION_JSON).content(batch()))
                .andExpect(status().isForbidden());
    }

    private ResultActions postEvents(String body) throws Exception {
        return mvc.perform(post("/api/v1/tracking-events").header("Authorization", seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions importCsv(String csv) throws Exception {
        return mvc.perform(post("/api/v1/tracking-events/import").header("Authorization", seller.bearer())
                .contentType("text/csv").content(csv));
    }

    private String event(String id, String at, String location, String status, String milestone) {
        return """
                {"trackingNumber":"%s","carrier":"YUNEXPRESS",%s"occurredAt":"%s","location":"%s","status":"%s","milestone":"%s"}
                """.formatted(number, id == null ? "" : "\"eventId\":\"" + id + "\",", at, location, status, milestone);
    }

    private static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private Map<String, Object> state() {
        return jdbc.sql("select status, last_location, last_event_at, picked_up_at, arrived_destination_at "
                        + "from shipment where tenant_id = :t and tracking_number = :n")
                .param("t", seller.id().value()).param("n", number).query().singleRow();
    }
}
