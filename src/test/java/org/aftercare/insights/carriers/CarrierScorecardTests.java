package org.aftercare.insights.carriers;

import static org.aftercare.insights.carriers.ADeliveredShipment.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Carrier scorecards specified by example: a US seller's September parcels, whose percentiles and
 * rates are worked out by hand below (percentile_cont interpolates: p90 of 5 values sits 60 % of
 * the way from the 4th to the 5th).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CarrierScorecardTests {

    @Autowired MockMvc mvc;
    @Autowired CarrierScorecards scorecards;
    @Autowired ScorecardRollup rollup;
    @Autowired Shipments shipments;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    Actor owner;
    final List<UUID> parcels = new ArrayList<>();

    @BeforeEach
    void aUsSellersSeptember() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER'), "
                + "('4PX', '4PX', 'CROSS_BORDER') on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "US", Role.OWNER); // shop zone America/New_York (UTC-4 in September)
        owner = new Actor("owner@test", seller.owner(), seller.id(), Role.OWNER, Set.of());

        // YunExpress to the US: pickup lags 10, 20, 30, 40, 50 h; door to door 5, 6, 7, 8, 10 days.
        add(by("YUNEXPRESS").shipped("2026-09-01T00:00:00Z").pickedUpAfterHours(10)
                .exportCustoms("2026-09-01T12:00:00Z", "2026-09-01T18:00:00Z").arrived("2026-09-02T18:00:00Z")
                .importCustoms("2026-09-03T00:00:00Z", "2026-09-03T12:00:00Z").handedOver("2026-09-04T18:00:00Z")
                .deliveredAfterDays(5).promisedBy("2026-09-05"));               // delivered 09-06 00:00Z = 09-05 20:00 New York: on time
        add(by("YUNEXPRESS").shipped("2026-09-02T00:00:00Z").pickedUpAfterHours(20)
                .importCustoms("2026-09-05T00:00:00Z", "2026-09-06T12:00:00Z")
                .deliveredAfterDays(6).promisedBy("2026-09-07"));               // 09-08 00:00Z = 09-07 20:00 New York: on time (late in UTC)
        add(by("YUNEXPRESS").shipped("2026-09-03T00:00:00Z").pickedUpAfterHours(30)
                .deliveredAfterDays(7).promisedBy("2026-09-08"));               // 09-10: late
        add(by("YUNEXPRESS").shipped("2026-09-04T00:00:00Z").pickedUpAfterHours(40)
                .deliveredAfterDays(8));                                        // no promise: not counted for on-time
        add(by("YUNEXPRESS").shipped("2026-09-05T00:00:00Z").pickedUpAfterHours(50)
                .deliveredAfterDays(10).failedFirstAttemptBefore().promisedBy("2026-09-14")); // exception, on time
        add(by("YUNEXPRESS").shipped("2026-09-06T00:00:00Z").lost());          // exception and loss, never delivered
        // 4PX to the US: door to door 4 and 12 days, one parcel returned.
        add(by("4PX").shipped("2026-09-10T00:00:00Z").pickedUpAfterHours(5).deliveredAfterDays(4));
        add(by("4PX").shipped("2026-09-11T00:00:00Z").pickedUpAfterHours(7).deliveredAfterDays(12));
        add(by("4PX").shipped("2026-09-12T00:00:00Z").returnedAfterDays(20));
        // Elsewhere and later: other rows.
        add(by("YUNEXPRESS").to("DE").shipped("2026-09-03T00:00:00Z").deliveredAfterDays(3));
        add(by("YUNEXPRESS").shipped("2026-10-01T00:00:00Z").deliveredAfterDays(9));

        alertOn(parcels.get(2));
        alertOn(parcels.get(5));
        alertOn(parcels.get(5));
        rollup.markStale(seller.id(), parcels);
        rollup.refreshAllStale();
    }

    private void add(ADeliveredShipment shipment) {
        parcels.add(shipment.insert(jdbc, seller));
    }

    private void alertOn(UUID shipment) {
        jdbc.sql("""
                insert into alert (id, tenant_id, shop_id, shipment_id, tracking_number, carrier_code, origin_country,
                                   destination_country, rule, severity, status, reason, due_at, raised_at)
                select gen_random_uuid(), tenant_id, shop_id, id, tracking_number, carrier_code, origin_country,
                       destination_country, 'STALLED', 'MEDIUM', 'RESOLVED', 'test', shipped_at + make_interval(days => 3,
                       secs => random() * 1000), shipped_at + interval '3 days'
                  from shipment where id = :id
                """).param("id", shipment).update();
    }

    private ScorecardQuery september(Period period, String destination) {
        return new ScorecardQuery(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"), period, destination, null);
    }

    @Test
    void aCarriersMonthInOneDestination() {
        CarrierScorecard yun = scorecards.find(owner, september(Period.MONTH, "US")).stream()
                .filter(s -> s.carrier().equals("YUNEXPRESS")).findFirst().orElseThrow();

        assertThat(yun.period()).isEqualTo("2026-09");
        assertThat(yun.periodStart()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(yun.shipments()).isEqualTo(6);
        assertThat(yun.delivered()).isEqualTo(5);
        assertThat(yun.pickupLag()).isEqualTo(new CarrierScorecard.Spread(30.0, 46.0));      // 40 + 0.6 × 10
        assertThat(yun.exportCustoms()).isEqualTo(new CarrierScorecard.Spread(6.0, 6.0));
        assertThat(yun.lineHaul()).isEqualTo(new CarrierScorecard.Spread(24.0, 24.0));
        assertThat(yun.importCustoms()).isEqualTo(new CarrierScorecard.Spread(24.0, 33.6));  // 12 and 36 h
        assertThat(yun.lastMile()).isEqualTo(new CarrierScorecard.Spread(33.0, 35.4));       // 30 h from handover, 36 h from clearance
        assertThat(yun.doorToDoor()).isEqualTo(new CarrierScorecard.Box(5.4, 6.0, 7.0, 8.0, 9.2));
        assertThat(yun.promised()).isEqualTo(4);
        assertThat(yun.onTimeRate()).isEqualTo(0.75);                                        // 3 of 4, in the shop's zone
        assertThat(yun.exceptionRate()).isEqualTo(0.3333);                                   // failed attempt, lost
        assertThat(yun.lossRate()).isEqualTo(0.1667);
        assertThat(yun.returnedRate()).isEqualTo(0.0);
        assertThat(yun.alerts()).isEqualTo(3);
        assertThat(yun.alertsPer1000()).isEqualTo(500.0);
    }

    @Test
    void carriersSideBySideForOneDestination() {
        List<CarrierScorecard> us = scorecards.find(owner, september(Period.MONTH, "US"));

        assertThat(us).extracting(CarrierScorecard::carrier).containsExactly("4PX", "YUNEXPRESS");
        CarrierScorecard fourPx = us.getFirst();
        assertThat(fourPx.shipments()).isEqualTo(3);
        assertThat(fourPx.doorToDoor().p50()).isEqualTo(8.0);
        assertThat(fourPx.doorToDoor().p90()).isEqualTo(11.2);                                // 4 + 0.9 × 8
        assertThat(fourPx.onTimeRate()).isNull();                                            // nothing promised
        assertThat(fourPx.returnedRate()).isEqualTo(0.3333);
        assertThat(fourPx.importCustoms()).isEqualTo(new CarrierScorecard.Spread(null, null));
        assertThat(fourPx.alertsPer1000()).isEqualTo(0.0);
    }

    @Test
    void allDestinationsAndIsoWeeks() {
        assertThat(scorecards.find(owner, september(Period.MONTH, null)))
                .extracting(s -> s.destination() + " " + s.carrier() + " " + s.shipments())
                .containsExactly("DE YUNEXPRESS 1", "US 4PX 3", "US YUNEXPRESS 6");

        List<CarrierScorecard> weeks = scorecards.find(owner, september(Period.WEEK, "US"));
        assertThat(weeks).extracting(s -> s.period() + " " + s.carrier() + " " + s.shipments())
                .containsExactly("2026-W36 YUNEXPRESS 6", "2026-W37 4PX 3",
                        "2026-W40 YUNEXPRESS 1"); // the week of 28 September overlaps the range and counts whole: 1 October
        assertThat(weeks.getFirst().periodStart()).isEqualTo(LocalDate.parse("2026-08-31"));
    }

    @Test
    void anotherTenantSeesNoneOfIt() throws Exception {
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.OWNER);
        Actor stranger = new Actor("x@test", other.owner(), other.id(), Role.OWNER, Set.of());
        assertThat(scorecards.find(stranger, september(Period.MONTH, null))).isEmpty();

        mvc.perform(get("/api/v1/carrier-scorecards").header("Authorization", other.bearer())
                        .param("from", "2026-09-01").param("to", "2026-09-30"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/carrier-scorecards").header("Authorization", other.bearer())
                        .param("from", "2026-09-01").param("to", "2026-09-30").param("shop", seller.shop().id().toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anAgentLimitedToMarketsSeesOnlyThoseDestinations() {
        Actor germanyAgent = new Actor("agent@test", seller.owner(), seller.id(), Role.AGENT, Set.of("DE"));
        assertThat(scorecards.find(germanyAgent, september(Period.MONTH, null)))
                .extracting(CarrierScorecard::destination).containsExactly("DE");
    }

    @Test
    void theJsonApi() throws Exception {
        mvc.perform(get("/api/v1/carrier-scorecards").header("Authorization", seller.bearer())
                        .param("destination", "us").param("from", "2026-09-01").param("to", "2026-11-30")
                        .param("period", "month").param("shop", seller.shop().id().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[1].carrier").value("YUNEXPRESS"))
                .andExpect(jsonPath("$[1].doorToDoor.p90").value(9.2))
                .andExpect(jsonPath("$[1].onTimeRate").value(0.75))
                .andExpect(jsonPath("$[2].period").value("2026-10"));
    }

    @Test
    void badParametersNameTheField() throws Exception {
        mvc.perform(get("/api/v1/carrier-scorecards").header("Authorization", seller.bearer())
                        .param("from", "2026-09-01").param("to", "2026-09-30").param("period", "year"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("period:")));
        mvc.perform(get("/api/v1/carrier-scorecards").header("Authorization", seller.bearer())
                        .param("from", "2026-09-30").param("to", "2026-09-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("to: is before from"));
        mvc.perform(get("/api/v1/carrier-scorecards").header("Authorization", seller.bearer()).param("to", "2026-09-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void theCsvExport() throws Exception {
        String csv = mvc.perform(get("/api/v1/carrier-scorecards.csv").header("Authorization", seller.bearer())
                        .param("destination", "US").param("from", "2026-09-01").param("to", "2026-09-30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"carrier-scorecards-2026-09-01-2026-09-30-US.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv.split("\r\n")).containsExactly(
                "carrier,destination,period,period_start,shipments,delivered,pickup_lag_p50_h,pickup_lag_p90_h,"
                        + "export_customs_p50_h,export_customs_p90_h,import_customs_p50_h,import_customs_p90_h,"
                        + "line_haul_p50_h,line_haul_p90_h,last_mile_p50_h,last_mile_p90_h,door_to_door_p50_d,"
                        + "door_to_door_p90_d,promised,on_time_rate,exception_rate,loss_rate,returned_rate,alerts,"
                        + "alerts_per_1000",
                "4PX,US,2026-09,2026-09-01,3,2,6.0,6.8,,,,,,,,,8.0,11.2,0,,0.3333,0.0,0.3333,0,0.0",
                "YUNEXPRESS,US,2026-09,2026-09-01,6,5,30.0,46.0,6.0,6.0,24.0,33.6,24.0,24.0,33.0,35.4,7.0,9.2,4,0.75,"
                        + "0.3333,0.1667,0.0,3,500.0");
    }

    @Test
    void aTrackingUpdateMarksTheShipmentsMonthAndWeekStale() {
        Instant shipped = Instant.parse("2026-08-12T10:00:00Z");
        shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null, "SCSTALE" + parcels.size(),
                "YUNEXPRESS", null, null, "CN", "US", null, shipped, null, null, false));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        select count(*) from carrier_scorecard_stale where tenant_id = :tenant
                           and (period, period_start) in (('MONTH', date '2026-08-01'), ('WEEK', date '2026-08-10'))
                        """).param("tenant", seller.id().value()).query(Integer.class).single() == 2);
        rollup.refreshAllStale();
        assertThat(scorecards.find(owner, new ScorecardQuery(LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-31"),
                Period.MONTH, "US", null))).extracting(CarrierScorecard::shipments).containsExactly(1L);
    }

    @Test
    void aPeriodThatCannotBeComputedWaitsWithoutHoldingUpOthers() {
        TestTenant broken = TestTenant.create(tenants, shops, "US", Role.OWNER);
        UUID stuck = by("YUNEXPRESS").shipped("2026-07-01T00:00:00Z").deliveredAfterDays(5).promisedBy("2026-07-08")
                .insert(jdbc, broken);
        jdbc.sql("update shop set time_zone = 'Mars/Olympus' where id = :id").param("id", broken.shop().id().value()).update();
        UUID fine = by("YUNEXPRESS").shipped("2026-07-01T00:00:00Z").deliveredAfterDays(5).insert(jdbc, seller);
        rollup.markStale(broken.id(), List.of(stuck));
        rollup.markStale(seller.id(), List.of(fine));

        assertThat(rollup.refreshAllStale()).isGreaterThanOrEqualTo(4);

        assertThat(scorecards.find(owner, new ScorecardQuery(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31"),
                Period.MONTH, "US", null))).extracting(CarrierScorecard::shipments).containsExactly(1L);
        assertThat(jdbc.sql("select count(*) from carrier_scorecard_stale where tenant_id = :tenant")
                .param("tenant", broken.id().value()).query(Integer.class).single()).isEqualTo(2);
    }
}
