package org.aftercare.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.ingest.ShipmentState;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class TrackingIngestTests {

    static final Instant SHIPPED = Instant.parse("2026-11-02T08:00:00Z");

    @Autowired Tracking tracking;
    @Autowired Shipments shipments;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired ShipmentState state;

    TestTenant seller;

    @BeforeEach
    void seller() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER'), "
                + "('USPS', 'USPS', 'LAST_MILE') on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
    }

    @Test
    void reorderedAndRedeliveredEventsDeriveTheSameStateAsACleanFeed() {
        String number = "YT" + UUID.randomUUID().toString().substring(0, 10);
        ShipmentId shipment = register(number);
        List<IncomingEvent> journey = journey(number);
        List<IncomingEvent> shuffled = new ArrayList<>(journey);
        shuffled.addAll(journey.subList(2, 5));
        Collections.shuffle(shuffled, new Random(7));

        IngestResult first = tracking.ingest(seller.id(), shuffled.subList(0, 6));
        IngestResult second = tracking.ingest(seller.id(), shuffled.subList(6, shuffled.size()));

        assertThat(first.stored() + second.stored()).isEqualTo(journey.size());
        assertThat(first.duplicates() + second.duplicates()).isEqualTo(3);
        ShipmentProgress expected = ShipmentProgress.derivedFrom(journey.stream().map(TrackingIngestTests::asEvent).toList());
        assertThat(stateOf(shipment)).isEqualTo(expected.status() + "/" + expected.lastLocation() + "/"
                + expected.reached(Milestone.IMPORT_CUSTOMS_STARTED) + "/" + expected.reached(Milestone.PICKED_UP));
        assertThat(expected.status()).isEqualTo(TrackingStatus.InTransit);
        assertThat(expected.lastLocation()).isEqualTo("Chicago ISC");
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        String number = "YT" + UUID.randomUUID().toString().substring(0, 10);
        ShipmentId shipment = register(number);
        tracking.ingest(seller.id(), journey(number));
        String before = stateOf(shipment);

        IngestResult again = tracking.ingest(seller.id(), journey(number));

        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(journey(number).size());
        assertThat(again.updated()).isEmpty();
        assertThat(stateOf(shipment)).isEqualTo(before);
    }

    @Test
    void eventsForAnUnknownTrackingNumberWaitAndAreLinkedWhenTheShipmentArrives() {
        String number = "YT" + UUID.randomUUID().toString().substring(0, 10);
        IngestResult early = tracking.ingest(seller.id(), journey(number));
        assertThat(early.waiting()).isEqualTo(journey(number).size());
        assertThat(early.updated()).isEmpty();

        ShipmentId shipment = register(number);

        assertThat(stateOf(shipment)).startsWith("InTransit/Chicago ISC/");
    }

    @Test
    void anUnknownRawStatusIsKeptAndListedAsUnmapped() {
        String number = "YT" + UUID.randomUUID().toString().substring(0, 10);
        register(number);
        IngestResult result = tracking.ingest(seller.id(), List.of(new IncomingEvent("csv", null, number, "YUNEXPRESS",
                SHIPPED.plus(Duration.ofHours(30)), "Asia/Shanghai", "Yiwu", "ZX-77", "Handed to partner", null, null, null)));
        assertThat(result.stored()).isEqualTo(1);
        assertThat(result.unmapped()).isEqualTo(1);
        Integer kept = jdbc.sql("select count(*) from tracking_event where tenant_id = :t and raw_status = 'ZX-77' and status is null")
                .param("t", seller.id().value()).query(Integer.class).single();
        assertThat(kept).isEqualTo(1);
    }

    @Test
    void aMappedRawStatusIsNormalised() {
        jdbc.sql("""
                insert into status_mapping (id, tenant_id, provider, raw_status, status, sub_status, milestone, updated_by)
                values (:id, :tenant, 'csv', 'ACCEPT', 'InTransit', null, 'PICKED_UP', 'test')
                """).param("id", UUID.randomUUID()).param("tenant", seller.id().value()).update();
        String number = "YT" + UUID.randomUUID().toString().substring(0, 10);
        ShipmentId shipment = register(number);
        tracking.ingest(seller.id(), List.of(new IncomingEvent("csv", null, number, null,
                SHIPPED.plus(Duration.ofHours(20)), "Asia/Shanghai", "Yiwu", "ACCEPT", "Accepted", null, null, null)));
        assertThat(stateOf(shipment)).isEqualTo("InTransit/Yiwu/null/" + SHIPPED.plus(Duration.ofHours(20)));
    }

    @Test
    void anEventDatedInTheFutureIsKeptFlaggedAndIgnored() {
        String number = "YT" + UUID.randomUUID().toString().substring(0, 10);
        ShipmentId shipment = register(number);
        IngestResult result = tracking.ingest(seller.id(), List.of(new IncomingEvent("csv", "f1", number, null,
                Instant.now().plus(Duration.ofDays(3)), "UTC", "Nowhere", null, "Delivered", TrackingStatus.Delivered,
                null, Milestone.DELIVERED)));
        assertThat(result.future()).isEqualTo(1);
        assertThat(stateOf(shipment)).startsWith("InfoReceived/");
    }

    @Test
    void stateAdvancedBatchByBatchIsTheStateDerivedFromTheWholeHistory() {
        Random random = new Random(11);
        List<ShipmentId> registered = new ArrayList<>();
        List<IncomingEvent> feed = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            String number = "YT" + UUID.randomUUID().toString().substring(0, 10);
            registered.add(register(number));
            // Few distinct times and milestones, so that many events tie on time, and some on milestone too.
            for (int e = 0; e < 12; e++) {
                Milestone milestone = random.nextInt(3) == 0 ? null : Milestone.values()[random.nextInt(Milestone.values().length)];
                TrackingStatus status = TrackingStatus.values()[random.nextInt(TrackingStatus.values().length)];
                feed.add(new IncomingEvent("17track", number + "-" + random.nextInt(1_000_000), number, "YUNEXPRESS",
                        SHIPPED.plus(Duration.ofHours(random.nextInt(6) * 10L)), "UTC", "Hub " + random.nextInt(100), null,
                        "Scan", status, random.nextBoolean() ? null : SubStatus.CustomsProcessing, milestone));
            }
        }
        Collections.shuffle(feed, random);
        for (int from = 0; from < feed.size(); ) {
            int to = Math.min(feed.size(), from + 1 + random.nextInt(40));
            tracking.ingest(seller.id(), feed.subList(from, to));
            from = to;
        }
        List<String> advanced = registered.stream().map(this::fullStateOf).toList();

        state.derive(registered.stream().map(ShipmentId::value).toList(), Instant.now());

        assertThat(registered.stream().map(this::fullStateOf).toList()).isEqualTo(advanced);
    }

    private String fullStateOf(ShipmentId shipment) {
        return jdbc.sql("""
                select concat_ws('/', status, sub_status, last_event_at, last_location, picked_up_at, export_customs_at,
                                 departed_origin_at, arrived_destination_at, import_customs_started_at,
                                 import_customs_cleared_at, last_mile_handover_at, out_for_delivery_at, first_attempt_at,
                                 delivered_at, returned_at)
                  from shipment where id = :id
                """).param("id", shipment.value()).query(String.class).single();
    }

    private ShipmentId register(String number) {
        return shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null, number, "YUNEXPRESS",
                "USPS", null, "CN", "US", "standard", SHIPPED, null, LocalDate.parse("2026-11-20"), false));
    }

    private String stateOf(ShipmentId shipment) {
        Map<String, Object> row = jdbc.sql("select * from shipment where id = :id").param("id", shipment.value())
                .query().singleRow();
        return row.get("status") + "/" + row.get("last_location") + "/" + instant(row.get("import_customs_started_at"))
                + "/" + instant(row.get("picked_up_at"));
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((java.sql.Timestamp) value).toInstant();
    }

    /** A CN → US journey up to a US sorting centre, as 17TRACK would push it. */
    static List<IncomingEvent> journey(String number) {
        return List.of(
                event(number, "e1", 0, "Shenzhen", "Shipment information received", TrackingStatus.InfoReceived, null, Milestone.LABEL_CREATED),
                event(number, "e2", 20, "Shenzhen", "Picked up", TrackingStatus.InTransit, null, Milestone.PICKED_UP),
                event(number, "e3", 40, "Shenzhen", "Export customs clearance", TrackingStatus.InTransit, SubStatus.CustomsProcessing, Milestone.EXPORT_CUSTOMS),
                event(number, "e4", 60, "SZX", "Departed from origin", TrackingStatus.InTransit, null, Milestone.DEPARTED_ORIGIN),
                event(number, "e5", 90, "JFK", "Arrived at destination", TrackingStatus.InTransit, null, Milestone.ARRIVED_DESTINATION),
                event(number, "e6", 92, "JFK", "Import customs clearance started", TrackingStatus.InTransit, SubStatus.CustomsProcessing, Milestone.IMPORT_CUSTOMS_STARTED),
                event(number, "e7", 120, "JFK", "Released by customs", TrackingStatus.InTransit, null, Milestone.IMPORT_CUSTOMS_CLEARED),
                event(number, "e8", 140, "Chicago ISC", "Processed through facility", TrackingStatus.InTransit, null, null));
    }

    private static IncomingEvent event(String number, String id, int hours, String location, String description,
                                       TrackingStatus status, SubStatus sub, Milestone milestone) {
        return new IncomingEvent("17track", number + "-" + id, number, "YUNEXPRESS", SHIPPED.plus(Duration.ofHours(hours)),
                "Asia/Shanghai", location, null, description, status, sub, milestone);
    }

    private static TrackingEvent asEvent(IncomingEvent e) {
        return new TrackingEvent(e.provider(), e.eventKey(), e.trackingNumber(), e.occurredAt(), e.zone(), e.location(),
                e.rawStatus(), e.description(), e.status(), e.subStatus(), e.milestone());
    }
}
