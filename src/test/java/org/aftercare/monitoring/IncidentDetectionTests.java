package org.aftercare.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.aftercare.TestTenant;
import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.Tracking;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.incidents.IncidentDetection;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Many parcels stalled at one hub make one incident; a few do not; it resolves when they move on. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class IncidentDetectionTests {

    @Autowired IncidentDetection detection;
    @Autowired Incidents incidents;
    @Autowired Shipments shipments;
    @Autowired Tracking tracking;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;

    TestTenant seller;
    Actor manager;
    final Instant now = Instant.now();

    @BeforeEach
    void seller() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') "
                + "on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        manager = new Actor("manager@test", seller.owner(), seller.id(), Role.MANAGER, java.util.Set.of());
    }

    @Test
    void twentyFiveParcelsStalledAtLeipzigHubAreOneIncidentUntilTheyMoveOn() throws Exception {
        List<ShipmentId> parcels = stalledAt("Leipzig hub", 25);

        detection.detect();
        detection.detect();

        List<IncidentView> open = incidents.list(manager, IncidentStatus.OPEN);
        assertThat(open).singleElement().satisfies(i -> {
            assertThat(i.carrier()).isEqualTo("YUNEXPRESS");
            assertThat(i.destination()).isEqualTo("DE");
            assertThat(i.location()).isEqualTo("Leipzig hub");
            assertThat(i.parcels()).isEqualTo(25);
            assertThat(i.leg()).isEqualTo("LINE_HAUL");
        });
        IncidentView.Detail detail = incidents.get(manager, new IncidentId(open.getFirst().id()));
        assertThat(detail.members()).hasSize(25);
        assertThat(events.stream(IncidentDetected.class).filter(e -> e.tenant().equals(seller.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.location()).isEqualTo("Leipzig hub");
                    assertThat(e.parcels()).isEqualTo(25);
                });
        mvc.perform(get("/api/v1/incidents/" + open.getFirst().id()).header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incident.location").value("Leipzig hub"))
                .andExpect(jsonPath("$.members", hasSize(25)))
                .andExpect(jsonPath("$.members[0].trackingNumber").exists());
        mvc.perform(get("/api/v1/incidents").param("status", "OPEN").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$", hasSize(1)));

        moveOn(parcels.subList(0, 21));
        detection.detect();
        assertThat(incidents.list(manager, IncidentStatus.OPEN)).isEmpty();
        assertThat(incidents.list(manager, IncidentStatus.RESOLVED)).singleElement()
                .satisfies(i -> assertThat(i.resolvedAt()).isNotNull());
    }

    @Test
    void fiveParcelsStalledAtOnePlaceAreNoIncident() {
        stalledAt("Leipzig hub", 5);
        detection.detect();
        assertThat(incidents.list(manager, null)).isEmpty();
    }

    @Test
    void anIncidentStaysOpenWhileAtLeastHalfItsThresholdRemainAndFollowsItsMembers() {
        List<ShipmentId> parcels = stalledAt("Leipzig hub", 22);
        detection.detect();
        moveOn(parcels.subList(0, 10));
        detection.detect();

        IncidentView open = incidents.list(manager, IncidentStatus.OPEN).getFirst();
        assertThat(open.parcels()).isEqualTo(12);
        assertThat(incidents.get(manager, new IncidentId(open.id())).members()).hasSize(12);
    }

    @Test
    void instancesDetectingAtOnceRaiseTheIncidentOnce() throws Exception {
        stalledAt("Frankfurt airport", 20);
        var a = java.util.concurrent.CompletableFuture.supplyAsync(detection::detect);
        var b = java.util.concurrent.CompletableFuture.supplyAsync(detection::detect);
        a.get();
        b.get();
        detection.detect();

        assertThat(incidents.list(manager, null)).singleElement()
                .satisfies(i -> assertThat(i.location()).isEqualTo("Frankfurt airport"));
    }

    @Test
    void anotherTenantsIncidentIsNotFound() throws Exception {
        stalledAt("Leipzig hub", 21);
        detection.detect();
        UUID id = incidents.list(manager, IncidentStatus.OPEN).getFirst().id();
        TestTenant stranger = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        mvc.perform(get("/api/v1/incidents/" + id).header("Authorization", stranger.bearer()))
                .andExpect(status().isNotFound());
    }

    /** Parcels that arrived at {@code location} nine days ago and were not scanned since: STALLED. */
    private List<ShipmentId> stalledAt(String location, int count) {
        List<ShipmentId> parcels = new ArrayList<>();
        List<IncomingEvent> scans = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            String number = "YT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            parcels.add(shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null, number,
                    "YUNEXPRESS", null, null, "CN", "DE", null, now.minus(Duration.ofDays(14)), null, null, false)));
            scans.add(scan(number, now.minus(Duration.ofDays(13)), "Shenzhen", Milestone.PICKED_UP));
            scans.add(scan(number, now.minus(Duration.ofDays(9)), location, Milestone.ARRIVED_DESTINATION));
        });
        tracking.ingest(seller.id(), scans);
        await().atMost(Duration.ofSeconds(30)).until(() -> openStallAlerts(parcels) == count);
        return parcels;
    }

    private void moveOn(List<ShipmentId> parcels) {
        List<IncomingEvent> scans = jdbc.sql("select tracking_number from shipment where id = any(:ids)")
                .param("ids", new SqlArrayValue("uuid", parcels.stream().map(ShipmentId::value).toArray()))
                .query(String.class).list().stream()
                .map(number -> scan(number, now.minus(Duration.ofHours(1)), "Berlin depot", Milestone.LAST_MILE_HANDOVER))
                .toList();
        tracking.ingest(seller.id(), scans);
        await().atMost(Duration.ofSeconds(30)).until(() -> openStallAlerts(parcels) == 0);
    }

    private int openStallAlerts(List<ShipmentId> parcels) {
        return jdbc.sql("""
                select count(*) from alert
                 where shipment_id = any(:ids) and status <> 'RESOLVED' and rule in ('STALLED', 'CUSTOMS_DWELL')
                """)
                .param("ids", new SqlArrayValue("uuid", parcels.stream().map(ShipmentId::value).toArray()))
                .query(Integer.class).single();
    }

    private static IncomingEvent scan(String number, Instant at, String location, Milestone milestone) {
        return new IncomingEvent("17track", number + "-" + milestone + "-" + at.getEpochSecond(), number, "YUNEXPRESS",
                at, "Europe/Berlin", location, null, "Scan at " + location, TrackingStatus.InTransit, null, milestone);
    }
}
