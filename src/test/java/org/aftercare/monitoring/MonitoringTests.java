package org.aftercare.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.Tracking;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.settings.AlertSetting;
import org.aftercare.monitoring.settings.AlertSettings;
import org.aftercare.monitoring.watch.Sweep;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@Import(TestClock.Config.class)
class MonitoringTests {

    @Autowired Shipments shipments;
    @Autowired Tracking tracking;
    @Autowired Alerts alerts;
    @Autowired AlertSettings settings;
    @Autowired Sweep sweep;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;
    Actor agent;

    @BeforeEach
    void seller() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER'), "
                + "('4PX', '4PX', 'CROSS_BORDER') on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "US", Role.OWNER);
        agent = new Actor("agent@test", seller.owner(), seller.id(), Role.AGENT, Set.of());
    }

    @Test
    void aLabelCreated50HoursAgoWithNoPickupAlertsAtOnce() {
        ShipmentId shipment = register("YUNEXPRESS", clock.instant().minus(Duration.ofHours(50)));

        await().atMost(Duration.ofSeconds(20)).until(() -> rulesOf(shipment).contains(AlertRule.NO_PICKUP));
        AlertView alert = alertsOf(shipment).getFirst();
        assertThat(alert.reason()).contains("No carrier pickup scan").contains("48 h");
        assertThat(alert.leg()).isEqualTo("WAREHOUSE");
    }

    @Test
    void theSweepRaisesAnAlertWhenItsTimeComesAndNotBefore() {
        ShipmentId shipment = register("YUNEXPRESS", clock.instant().minus(Duration.ofHours(47)));
        sweepNow();
        assertThat(rulesOf(shipment)).isEmpty();

        clock.advance(Duration.ofMinutes(61));
        sweepNow();

        assertThat(rulesOf(shipment)).containsExactly(AlertRule.NO_PICKUP);
    }

    @Test
    void aPickupScanResolvesTheAlertAutomatically() {
        Instant shipped = clock.instant().minus(Duration.ofHours(50));
        ShipmentId shipment = register("YUNEXPRESS", shipped);
        sweepNow();
        assertThat(rulesOf(shipment)).containsExactly(AlertRule.NO_PICKUP);

        tracking.ingest(seller.id(), List.of(new IncomingEvent("17track", UUID.randomUUID().toString(), number(shipment),
                "YUNEXPRESS", clock.instant().minus(Duration.ofHours(1)), "Asia/Shanghai", "Shenzhen", null, "Picked up",
                TrackingStatus.InTransit, null, Milestone.PICKED_UP)));
        await().atMost(Duration.ofSeconds(20)).until(() -> rulesOf(shipment).isEmpty());

        AlertView resolved = alerts.find(agent, filter(AlertStatus.RESOLVED, shipment)).getFirst();
        assertThat(resolved.resolvedBy()).isEqualTo("system");
        assertThat(alerts.history(agent, new AlertId(resolved.id()))).extracting(Alerts.HistoryEntry::action)
                .containsExactly("raised", "auto-resolved");
    }

    @Test
    void instancesSweepingAtOnceRaiseEachAlertOnce() throws Exception {
        List<ShipmentId> parcels = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> register("YUNEXPRESS", clock.instant().minus(Duration.ofHours(47)))).toList();
        clock.advance(Duration.ofHours(2));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(sweep::sweep);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(sweep::sweep);
        a.get();
        b.get();
        sweepNow();
        Integer alertCount = jdbc.sql("select count(*) from alert where shipment_id = any(:ids)")
                .param("ids", parcels.stream().map(ShipmentId::value).toArray(UUID[]::new))
                .query(Integer.class).single();
        assertThat(alertCount).isEqualTo(40);
    }

    @Test
    void aCarriersOwnThresholdOverridesTheDefault() {
        settings.save(seller.id(), new AlertSetting(null, null, "4PX", null, null, Duration.ofHours(24), null, null,
                null, null, null, null, null, null), "test");
        ShipmentId fourPx = register("4PX", clock.instant().minus(Duration.ofHours(30)));
        ShipmentId yun = register("YUNEXPRESS", clock.instant().minus(Duration.ofHours(30)));
        sweepNow();
        assertThat(rulesOf(fourPx)).containsExactly(AlertRule.NO_PICKUP);
        assertThat(rulesOf(yun)).isEmpty();
    }

    @Test
    void aDisabledRuleStaysQuiet() {
        settings.save(seller.id(), new AlertSetting(null, seller.shop().id().value(), null, null, null, null, null,
                null, null, null, null, null, null, Set.of(AlertRule.NO_PICKUP)), "test");
        ShipmentId shipment = register("YUNEXPRESS", clock.instant().minus(Duration.ofHours(60)));
        sweepNow();
        assertThat(rulesOf(shipment)).isEmpty();
    }

    @Test
    void agentsAcknowledgeAndResolveWithAHistory() {
        ShipmentId shipment = register("YUNEXPRESS", clock.instant().minus(Duration.ofHours(50)));
        sweepNow();
        AlertId id = new AlertId(alertsOf(shipment).getFirst().id());

        assertThat(alerts.acknowledge(agent, List.of(id))).isEqualTo(1);
        alerts.resolve(agent, id, "Carrier confirmed pickup by phone, ticket 4471");

        AlertView alert = alerts.get(agent, id);
        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(alert.owner()).isEqualTo("agent@test");
        assertThat(alerts.history(agent, id)).extracting(Alerts.HistoryEntry::action)
                .containsExactly("raised", "acknowledged", "resolved");
        sweepNow();
        assertThat(rulesOf(shipment)).as("a resolved occurrence is not raised again").isEmpty();
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        ShipmentId shipment = register("YUNEXPRESS", clock.instant().minus(Duration.ofHours(50)));
        sweepNow();
        AlertId id = new AlertId(alertsOf(shipment).getFirst().id());
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.OWNER);
        Actor stranger = new Actor("x", other.owner(), other.id(), Role.OWNER, Set.of());
        assertThat(alerts.find(stranger, AlertFilter.open())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alerts.get(stranger, id))
                .isInstanceOf(org.aftercare.shared.NotFound.class);
    }

    private ShipmentId register(String carrier, Instant shippedAt) {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null, number, carrier, null,
                null, "CN", "US", "standard", shippedAt, null, LocalDate.now().plusDays(20), false));
    }

    private void sweepNow() {
        // Registration also assesses asynchronously; let that settle so the sweep's result is the one we read.
        org.aftercare.EventPublications.settle(jdbc);
        sweep.sweep();
    }

    private String number(ShipmentId shipment) {
        return jdbc.sql("select tracking_number from shipment where id = :id").param("id", shipment.value())
                .query(String.class).single();
    }

    private List<AlertView> alertsOf(ShipmentId shipment) {
        return alerts.find(agent, filter(null, shipment));
    }

    private List<AlertRule> rulesOf(ShipmentId shipment) {
        return alertsOf(shipment).stream().map(AlertView::rule).toList();
    }

    private AlertFilter filter(AlertStatus status, ShipmentId shipment) {
        return new AlertFilter(number(shipment), null, status, null, null, null, null, null, 0, 50);
    }
}
