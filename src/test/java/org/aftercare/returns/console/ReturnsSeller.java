package org.aftercare.returns.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.returns.NewReturn;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.returns.ReturnView;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seller with a shop in one market, delivered orders and return requests submitted through
 * {@link ReturnRequests#submit}, and console users of any role to sign in with.
 */
class ReturnsSeller {

    final TestTenant tenant;
    private final Tenants tenants;
    private final Orders orders;
    private final Parcels parcels;
    private final JdbcClient jdbc;
    private final ReturnRequests returns;
    private final Clock clock;

    ReturnsSeller(String market, Tenants tenants, Shops shops, Orders orders, Parcels parcels, JdbcClient jdbc,
                  ReturnRequests returns, Clock clock) {
        this.tenant = TestTenant.create(tenants, shops, market, Role.AGENT);
        this.tenants = tenants;
        this.orders = orders;
        this.parcels = parcels;
        this.jdbc = jdbc;
        this.returns = returns;
        this.clock = clock;
    }

    /** An order of a tee (12.00 × 2) and a jacket (80.00), delivered ten days ago; returns its number. */
    String deliveredOrder() {
        String number = tenant.shop().market() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String currency = tenant.shop().currency().getCurrencyCode();
        Duration ago = Duration.ofDays(10);
        Actor owner = new Actor("test", tenant.owner(), tenant.id(), Role.OWNER, Set.of());
        OrderId order = orders.create(owner, new NewOrder(tenant.shop().id(), number,
                clock.instant().minus(ago).minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, tenant.shop().market(), "en", null),
                List.of(new NewOrder.Line("TEE-RED-M", "Red tee", Money.of("12.00", currency), 2, false),
                        new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of("80.00", currency), 1, false)),
                "API")).order();
        ShipmentId parcel = parcels.shippedHoursAgo(tenant.shop(), "YUNEXPRESS", ago.toHours() + 24 * 9);
        parcels.scan(tenant.shop(), parcel, "YUNEXPRESS", clock.instant().minus(ago), "Somewhere",
                "Delivered, front door", TrackingStatus.Delivered, null, Milestone.DELIVERED);
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
        return number;
    }

    /** A request a person must read (reason OTHER: rule UNCLEAR_REASON), asked {@code ago}. */
    ReturnView needingReview(String orderNumber, Duration ago, UUID ticket) {
        return submit(orderNumber, ago, ticket, new NewReturn.Line(2, 1, ReturnReason.OTHER));
    }

    /** A damaged tee: refunded and kept by the rules (LOW_VALUE_KEEP_ITEM). */
    ReturnView decidedByRules(String orderNumber) {
        return submit(orderNumber, Duration.ofHours(1), null, new NewReturn.Line(1, 1, ReturnReason.DAMAGED));
    }

    ReturnView submit(String orderNumber, Duration ago, UUID ticket, NewReturn.Line... lines) {
        Instant at = clock.instant().minus(ago);
        return returns.submit(tenant.id(), new NewReturn(tenant.shop().id(), null, orderNumber, "API", null, ticket,
                "Please look at this", at, null, null, List.of(lines))).request();
    }

    /** A console user of this seller; returns the e-mail to sign in with. */
    String user(Role role, Set<String> markets) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@returns.example";
        UserId user = tenants.createUser(email, "Returns " + role.name().toLowerCase(), TestTenant.PASSWORD, "en");
        tenants.grant(user, tenant.id(), role, markets);
        return email;
    }
}
