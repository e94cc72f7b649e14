package org.aftercare.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.integrations.WebhookFakes.Checkpoint;
import org.aftercare.integrations.WebhookFakes.Scan;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class TrackingWebhookTests {

    static final String KEY = "17track-security-key";
    static final String SECRET = "aftership-webhook-secret";

    @Autowired MockMvc mvc;
    @Autowired TrackingConnections connections;
    @Autowired Shipments shipments;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    String seventeen;
    String afterShip;

    @BeforeEach
    void connections() {
        jdbc.sql("insert into carrier (code, name, kind) values ('UPS', 'UPS', 'EXPRESS'), ('YUNEXPRESS', 'YunExpress', "
                + "'CROSS_BORDER'), ('USPS', 'USPS', 'LAST_MILE') on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        seventeen = connections.save(seller.id(), null, "17track", "17TRACK", KEY).id();
        afterShip = connections.save(seller.id(), null, "aftership", "AfterShip", SECRET).id();
    }

    @Test
    void theDocumented17TrackPayloadIsStoredOnceAndDerivesDelivered() throws Exception {
        ShipmentId ups = register("1Z2617V10397725789", "UPS", Instant.parse("2022-03-29T05:43:08Z"));
        String body = fixture("fixtures/17track/tracking_updated_ups_v2.4.json");

        post17(body, WebhookFakes.seventeenTrackSign(body, KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(5));
        post17(body, WebhookFakes.seventeenTrackSign(body, KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.duplicates").value(5));

        assertThat(column(ups, "status")).isEqualTo("Delivered");
        assertThat(column(ups, "last_location")).isEqualTo("GASQUET, CA, US");
        assertThat(column(ups, "out_for_delivery_at")).startsWith("2022-04-04");
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndNothingIsStored() throws Exception {
        String body = fixture("fixtures/17track/tracking_updated_ups_v2.4.json");
        int before = count("webhook_delivery");
        post17(body, WebhookFakes.seventeenTrackSign(body, "not-the-key")).andExpect(status().isUnauthorized());
        mvc.perform(post("/hooks/17track/" + seventeen).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/hooks/aftership/" + afterShip).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("aftership-hmac-sha256", "bm9wZQ==")).andExpect(status().isUnauthorized());
        assertThat(count("webhook_delivery")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from tracking_event where tracking_number = '1Z2617V10397725789' and tenant_id = :t")
                .param("t", seller.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAnythingIsStored() throws Exception {
        String body = "{\"event\":\"TRACKING_UPDATED\",\"data\":{\"number\":\"" + "X".repeat(3 * 1024 * 1024) + "\"}}";
        int before = count("webhook_delivery");
        post17(body, WebhookFakes.seventeenTrackSign(body, KEY)).andExpect(status().isPayloadTooLarge());
        assertThat(count("webhook_delivery")).isEqualTo(before);
    }

    @Test
    void anUnknownConnectionIsNotFound() throws Exception {
        mvc.perform(post("/hooks/17track/no-such-connection").contentType(MediaType.APPLICATION_JSON).content("{}")
                .header("sign", "x")).andExpect(status().isNotFound());
    }

    @Test
    void malformedJsonWithAValidSignatureIsABadRequest() throws Exception {
        String body = "{\"event\": ";
        post17(body, WebhookFakes.seventeenTrackSign(body, KEY)).andExpect(status().isBadRequest());
    }

    @Test
    void theDocumentedAfterShipSampleIsAcceptedAndItsZonelessCheckpointReported() throws Exception {
        String body = fixture("fixtures/aftership/tracking_update_2026-07.json");
        postAs(body).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(0))
                .andExpect(jsonPath("$.rejected[0].field").value("checkpoint_time"))
                .andExpect(jsonPath("$.rejected[0].reason").value(
                        "'2021-01-14T00:52:00' has no offset and the checkpoint has no country to take the zone from"));
    }

    @Test
    void afterShipCheckpointsWithoutOffsetAreReadInTheCheckpointsCountry() throws Exception {
        String number = "YT" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        ShipmentId shipment = register(number, "YUNEXPRESS", Instant.parse("2026-11-10T02:00:00Z"));
        String body = WebhookFakes.afterShip(UUID.randomUUID().toString(), number, "yunexpress", "InTransit",
                "InTransit_006", "CHN", "USA", List.of(
                        new Checkpoint("2026-11-10T10:00:00", "CHN", "Shenzhen", "Picked up", "InTransit", "InTransit_002", "yunexpress"),
                        new Checkpoint("2026-11-14T09:00:00-05:00", "USA", "New York", "Arrived in destination country", "InTransit", "InTransit_004", "yunexpress"),
                        new Checkpoint("2026-11-14T11:30:00", "USA", "New York", "Customs clearance started", "InTransit", "InTransit_006", "yunexpress")));
        postAs(body).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(3));

        assertThat(column(shipment, "picked_up_at")).isEqualTo("2026-11-10 02:00:00+00");
        assertThat(column(shipment, "import_customs_started_at")).isEqualTo("2026-11-14 16:30:00+00");
        assertThat(column(shipment, "sub_status")).isEqualTo("CustomsProcessing");
    }

    @Test
    void a17TrackJourneyStuckInCustomsRaisesCustomsDwell() throws Exception {
        Instant now = Instant.now();
        String number = "YT" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        register(number, "YUNEXPRESS", now.minus(Duration.ofDays(14)));
        Instant picked = now.minus(Duration.ofDays(13));
        Instant departed = now.minus(Duration.ofDays(11));
        Instant arrived = now.minus(Duration.ofDays(7));
        Instant customs = now.minus(Duration.ofDays(6));
        String body = WebhookFakes.seventeenTrack(number, "CN", "US", "InTransit", "InTransit_CustomsProcessing", List.of(
                new Scan(picked, "Asia/Shanghai", "Shenzhen", "Picked up", "PickedUp", "InTransit_PickedUp", "CN"),
                new Scan(departed, "Asia/Shanghai", "Shenzhen", "Departed from airport", "Departure", "InTransit_Departure", "CN"),
                new Scan(arrived, "America/New_York", "JFK", "Arrived at destination airport", "Arrival", "InTransit_Arrival", "US"),
                new Scan(customs, "America/New_York", "JFK", "Customs clearance in progress", null, "InTransit_CustomsProcessing", "US")),
                List.of(new String[] {"PickedUp", picked.toString()}, new String[] {"Departure", departed.toString()},
                        new String[] {"Arrival", arrived.toString()}));
        post17(body, WebhookFakes.seventeenTrackSign(body, KEY)).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(4));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from alert where tracking_number = :n and rule = 'CUSTOMS_DWELL' and status = 'OPEN'")
                .param("n", number).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select rule from alert where tracking_number = :n and status <> 'RESOLVED'")
                .param("n", number).query(String.class).list())
                .containsExactly("CUSTOMS_DWELL");
    }

    @Test
    void aParcelNobodyRegisteredIsWatchedFromItsFirstWebhook() throws Exception {
        Instant now = Instant.now();
        String number = "YT" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        Instant label = now.minus(Duration.ofHours(60));
        String body = WebhookFakes.seventeenTrack(number, "CN", "US", "InfoReceived", "InfoReceived", List.of(
                new Scan(label, "Asia/Shanghai", "Shenzhen", "Shipment information received", "InfoReceived", null, "CN")),
                List.<String[]>of(new String[] {"InfoReceived", label.toString()}));
        post17(body, WebhookFakes.seventeenTrackSign(body, KEY)).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from alert where tracking_number = :n and rule = 'NO_PICKUP' and status = 'OPEN'")
                .param("n", number).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select carrier_code || '/' || destination_country || '/' || source from shipment where tracking_number = :n")
                .param("n", number).query(String.class).single()).isEqualTo("YUNEXPRESS/US/TRACKING_PROVIDER");

        ShipmentId adopted = register(number, "YUNEXPRESS", label);
        assertThat(column(adopted, "source")).isEqualTo("ORDER_SYSTEM");
        assertThat(column(adopted, "status")).isEqualTo("InfoReceived");
    }

    @Test
    void anAfterShipParcelPastItsPromisedDateIsOverdueFromItsFirstWebhook() throws Exception {
        String number = "YT" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        LocalDate promised = LocalDate.now().minusDays(2);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        String body = WebhookFakes.afterShip(UUID.randomUUID().toString(), number, "yunexpress", "InTransit",
                "InTransit_003", "CHN", "USA", List.of(
                        new Checkpoint(yesterday.toString().substring(0, 19) + "+00:00", "USA", "Chicago",
                                "Arrival scan", "InTransit", "InTransit_003", "yunexpress")))
                .replace("\"active\":true", "\"active\":true,\"order_promised_delivery_date\":\"" + promised + "\"");
        postAs(body).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from alert where tracking_number = :n and rule = 'OVERDUE' and status = 'OPEN'")
                .param("n", number).query(Integer.class).single() == 1);
    }

    private ResultActions post17(String body, String sign) throws Exception {
        return mvc.perform(post("/hooks/17track/" + seventeen).contentType(MediaType.APPLICATION_JSON)
                .content(body).header("sign", sign));
    }

    private ResultActions postAs(String body) throws Exception {
        return mvc.perform(post("/hooks/aftership/" + afterShip).contentType(MediaType.APPLICATION_JSON)
                .content(body).header("aftership-hmac-sha256", WebhookFakes.afterShipSign(body, SECRET)));
    }

    private ShipmentId register(String number, String carrier, Instant shipped) {
        return shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null, number, carrier, null,
                null, "CN", "US", null, shipped, null, LocalDate.now().plusDays(30), false));
    }

    private String column(ShipmentId shipment, String column) {
        return jdbc.sql("select " + column + "::text from shipment where id = :id").param("id", shipment.value())
                .query(String.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
