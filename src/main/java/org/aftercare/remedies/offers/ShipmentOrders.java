package org.aftercare.remedies.offers;

import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order a shipment belongs to. Logistics' snapshot does not carry it, so this reads the
 * shipment's order column (as monitoring's incident list reads shipments).
 */
@Component
public class ShipmentOrders {

    private final JdbcClient jdbc;

    ShipmentOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrderId> orderOf(TenantId tenant, ShipmentId shipment) {
        return jdbc.sql("select order_id from shipment where tenant_id = :tenant and id = :id and order_id is not null")
                .param("tenant", tenant.value()).param("id", shipment.value())
                .query((rs, row) -> new OrderId(rs.getObject("order_id", UUID.class)))
                .optional();
    }
}
