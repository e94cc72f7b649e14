package org.aftercare.remedies;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seller with a shop in one market, orders of chosen items, parcels registered for them through
 * logistics (so monitoring raises its alerts as in production) and people of any role.
 */
public class RemedySeller {

    public final TestTenant tenant;
    private final Tenants tenants;
    private final Orders orders;
    private final Shipments shipments;
    private final Parcels parcels;
    private final JdbcClient jdbc;
    private final Clock clock;

    public RemedySeller(String market, Tenants tenants, Shops shops, Orders orders, Shipments shipments, Parcels parcels,
                        JdbcClient jdbc, Clock clock) {
        this.tenant = TestTenant.create(tenants, shops, market, Role.AGENT);
        this.tenants = tenants;
        this.orders = orders;
        this.shipments = shipments;
        this.parcels = parcels;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An order of one buyer: "SKU:price" items, one each, in the shop's currency. */
    public OrderId order(String buyer, String... items) {
        String currency = tenant.shop().currency().getCurrencyCode();
        String number = tenant.shop().market() + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<NewOrder.Line> lines = java.util.Arrays.stream(items).map(i -> i.split(":"))
                .map(p -> new NewOrder.Line(p[0], "Item " + p[0], Money.of(p[1], currency), 1, false)).toList();
        return orders.create(owner(), new NewOrder(tenant.shop().id(), number, clock.instant().minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer(buyer, "Sam Buyer", buyer + "@example.com", null, tenant.shop().market(), "en", null),
                lines, "API")).order();
    }

    /** A parcel of the order, picked up in Shenzhen six days ago, promised {@code promisedBy}. */
    public ShipmentId shipped(OrderId order, String carrier, LocalDate promisedBy) {
        Instant shipped = clock.instant().minus(Duration.ofDays(6));
        String number = "LP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase() + "CN";
        ShipmentId id = shipments.register(tenant.id(), new ShipmentRegistration(tenant.shop().id(), order, number, carrier,
                null, null, "CN", tenant.shop().market(), "standard", shipped, null, promisedBy, false));
        parcels.settle();
        parcels.scan(tenant.shop(), id, carrier, shipped.plus(Duration.ofHours(10)), "Shenzhen, CN", "Picked up",
                TrackingStatus.InTransit, null, Milestone.PICKED_UP);
        parcels.settle();
        return id;
    }

    /** The order's parcel reported lost by the carrier: monitoring raises EXCEPTION. */
    public ShipmentId lost(OrderId order, String carrier) {
        ShipmentId id = shipped(order, carrier, LocalDate.now(clock).plusDays(10));
        parcels.scan(tenant.shop(), id, carrier, clock.instant().minus(Duration.ofHours(3)), "Leipzig, DE", "Parcel lost",
                TrackingStatus.Exception, SubStatus.Lost, null);
        parcels.settle();
        return id;
    }

    /** The alert monitoring raised for the shipment with this rule. */
    public UUID alert(ShipmentId shipment, String rule) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select id from alert where tenant_id = :tenant and shipment_id = :shipment and rule = :rule")
                .param("tenant", tenant.id().value()).param("shipment", shipment.value()).param("rule", rule)
                .query(UUID.class).optional(), Optional::isPresent).orElseThrow();
    }

    public Actor owner() {
        return actor(Role.OWNER);
    }

    public Actor actor(Role role) {
        return new Actor(role.name().toLowerCase() + "@test", tenant.owner(), tenant.id(), role, Set.of());
    }

    /** A console user of this seller; returns the e-mail to sign in with. */
    public String user(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@remedies.example";
        UserId user = tenants.createUser(email, "Remedies " + role.name().toLowerCase(), TestTenant.PASSWORD, "en");
        tenants.grant(user, tenant.id(), role, Set.of());
        return email;
    }
}
