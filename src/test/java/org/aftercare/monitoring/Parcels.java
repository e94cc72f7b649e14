package org.aftercare.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftercare.logistics.IncomingEvent;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.Tracking;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registers CN parcels for the alert tests through the real logistics API, so monitoring raises
 * its alerts the way it does in production (the asynchronous assessment after registration).
 */
@Component
public class Parcels {

    private final Shipments shipments;
    private final Tracking tracking;
    private final JdbcClient jdbc;
    private final Clock clock;

    Parcels(Shipments shipments, Tracking tracking, JdbcClient jdbc, Clock clock) {
        this.shipments = shipments;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.clock = clock;
        jdbc.sql("""
                insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER'),
                       ('4PX', '4PX', 'CROSS_BORDER'), ('USPS', 'USPS', 'LAST_MILE')
                on conflict do nothing
                """).update();
    }

    /** A label created {@code hours} ago with no carrier scan since. */
    public ShipmentId shippedHoursAgo(Shop shop, String carrier, long hours) {
        return register(shop, carrier, clock.instant().minus(Duration.ofHours(hours)));
    }

    /** Picked up in Shenzhen, then reported lost by the carrier. */
    public ShipmentId lost(Shop shop, String carrier) {
        Instant shipped = clock.instant().minus(Duration.ofDays(6));
        ShipmentId id = register(shop, carrier, shipped);
        settle();
        scan(shop, id, carrier, shipped.plus(Duration.ofHours(10)), "Shenzhen, CN", "Picked up",
                TrackingStatus.InTransit, null, Milestone.PICKED_UP);
        scan(shop, id, carrier, clock.instant().minus(Duration.ofHours(3)), "Los Angeles, US", "Parcel lost",
                TrackingStatus.Exception, SubStatus.Lost, null);
        return id;
    }

    /** Picked up, flown, delivered by the last mile yesterday. */
    public ShipmentId delivered(Shop shop, String carrier) {
        Instant shipped = clock.instant().minus(Duration.ofDays(9));
        ShipmentId id = register(shop, carrier, shipped);
        settle();
        scan(shop, id, carrier, shipped.plus(Duration.ofHours(8)), "Shenzhen, CN", "Picked up by carrier",
                TrackingStatus.InTransit, null, Milestone.PICKED_UP);
        scan(shop, id, carrier, shipped.plus(Duration.ofDays(2)), "Shenzhen, CN", "Departed origin",
                TrackingStatus.InTransit, null, Milestone.DEPARTED_ORIGIN);
        scan(shop, id, carrier, clock.instant().minus(Duration.ofDays(1)), "Brooklyn, NY, US", "Delivered, front door",
                TrackingStatus.Delivered, null, Milestone.DELIVERED);
        return id;
    }

    /**
     * Waits until monitoring has assessed what was published so far. Registration and each scan
     * are assessed asynchronously; settling in between keeps a test's alerts deterministic.
     */
    public void settle() {
        org.aftercare.EventPublications.settle(jdbc);
    }

    public void scan(Shop shop, ShipmentId shipment, String carrier, Instant at, String location,
                     String description, TrackingStatus status, SubStatus subStatus, Milestone milestone) {
        tracking.ingest(shop.tenant(), List.of(new IncomingEvent("17track", UUID.randomUUID().toString(), number(shipment),
                carrier, at, null, location, description.toUpperCase().replace(' ', '_'), description, status, subStatus,
                milestone)));
    }

    /** Waits for the asynchronous assessments until the tenant has this many unresolved alerts. */
    public void awaitAlerts(TenantId tenant, int count) {
        settle();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select rule from alert where tenant_id = :tenant and status <> 'RESOLVED'")
                .param("tenant", tenant.value()).query(String.class).list()).hasSize(count));
    }

    /** Dates the tenant's alerts back to when their rule became due, as if monitoring had run all along. */
    public void raisedWhenDue(TenantId tenant) {
        jdbc.sql("update alert set raised_at = least(raised_at, due_at) where tenant_id = :tenant")
                .param("tenant", tenant.value()).update();
    }

    public String number(ShipmentId shipment) {
        return jdbc.sql("select tracking_number from shipment where id = :id").param("id", shipment.value())
                .query(String.class).single();
    }

    private ShipmentId register(Shop shop, String carrier, Instant shippedAt) {
        String number = "LP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase() + "CN";
        return shipments.register(shop.tenant(), new ShipmentRegistration(shop.id(), null, number, carrier, "USPS", null,
                "CN", shop.market(), "standard", shippedAt, null, LocalDate.now(clock).plusDays(20), false));
    }
}
