package org.aftercare.returns.warehouse;

import java.time.Clock;
import java.time.Duration;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds returns a warehouse is waiting for: an order of two tees (12.00 each) and a jacket
 * (80.00), delivered three days ago, returned whole because the buyer changed their mind.
 */
@Component
class ReturnsToReceive {

    final Orders orders;
    final Parcels parcels;
    final ReturnRequests returns;
    final JdbcClient jdbc;
    final Clock clock;

    ReturnsToReceive(Orders orders, Parcels parcels, ReturnRequests returns, JdbcClient jdbc, Clock clock) {
        this.orders = orders;
        this.parcels = parcels;
        this.returns = returns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static Actor owner(TestTenant tenant) {
        return new Actor("test", tenant.owner(), tenant.id(), Role.OWNER, Set.of());
    }

    /** An approved return (AWAITING_RETURN) of 104.00 in the shop's currency. */
    ReturnView anApprovedReturn(TestTenant tenant, String currency) {
        return aReturn(tenant, currency, null, ReturnReason.CHANGED_MIND);
    }

    ReturnView aReturn(TestTenant tenant, String currency, String exchangeWanted, ReturnReason reason) {
        String number = tenant.shop().market() + "-" + UUID.randomUUID().toString().substring(0, 8);
        OrderId order = orders.create(owner(tenant), new NewOrder(tenant.shop().id(), number,
                clock.instant().minus(Duration.ofDays(15)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, tenant.shop().market(), "en", null),
                List.of(new NewOrder.Line("TEE-RED-M", "Red tee", Money.of("12.00", currency), 2, false),
                        new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of("80.00", currency), 1, false)),
                "API")).order();
        ShipmentId parcel = parcels.shippedHoursAgo(tenant.shop(), "YUNEXPRESS", 24 * 12);
        parcels.scan(tenant.shop(), parcel, "YUNEXPRESS", clock.instant().minus(Duration.ofDays(3)), "Destination",
                "Delivered", TrackingStatus.Delivered, null, Milestone.DELIVERED);
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
        return returns.submit(tenant.id(), new NewReturn(tenant.shop().id(), order, null, "API", null, null, null, null,
                null, exchangeWanted, List.of(new NewReturn.Line(1, 2, reason), new NewReturn.Line(2, 1, reason))))
                .request();
    }

    void refundTiming(TestTenant tenant, String timing) {
        jdbc.sql("""
                        insert into return_policy (tenant_id, shop_id, market, refund_timing, updated_at, updated_by)
                        values (:tenant, :shop, :market, :timing, now(), 'test')
                        on conflict (tenant_id, shop_id, market) do update set refund_timing = excluded.refund_timing
                        """)
                .param("tenant", tenant.id().value()).param("shop", tenant.shop().id().value())
                .param("market", tenant.shop().market()).param("timing", timing).update();
    }
}
