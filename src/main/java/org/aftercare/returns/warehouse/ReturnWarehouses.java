package org.aftercare.returns.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.returns.ReturnId;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.returns.ReturnView;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where returned parcels go (R5): a tenant's return warehouses, the routing of an approved return
 * to the local warehouse of the buyer's country (else the origin), and the return parcel's label
 * and tracking number, registered with logistics so it is tracked like any parcel.
 */
@Service
public class ReturnWarehouses {

    static final Set<String> KINDS = Set.of("LOCAL_RETURN_WAREHOUSE", "ORIGIN");
    /** Statuses of a return whose parcel is still to come. */
    static final Set<String> AWAITING = Set.of("AWAITING_RETURN", "EXCHANGE_PENDING");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final JdbcClient jdbc;
    private final ReturnRequests returns;
    private final Orders orders;
    private final Shipments shipments;
    private final Clock clock;

    ReturnWarehouses(JdbcClient jdbc, ReturnRequests returns, Orders orders, Shipments shipments, Clock clock) {
        this.jdbc = jdbc;
        this.returns = returns;
        this.orders = orders;
        this.shipments = shipments;
        this.clock = clock;
    }

    /** @param markets the markets whose returns it takes; empty = all */
    public record Warehouse(UUID id, String name, String country, String address, String kind, List<String> markets) {
    }

    public record NewWarehouse(String name, String country, String address, String kind, List<String> markets) {
    }

    /** The return parcel as recorded: where it goes, its tracking and the logistics shipment that follows it. */
    public record ReturnShipment(ReturnId returnId, long number, Warehouse warehouse, String carrierCode,
                                 String trackingNumber, String labelUrl, UUID shipment) {
    }

    public List<Warehouse> list(TenantId tenant) {
        return jdbc.sql("select * from return_warehouse where tenant_id = :tenant order by kind, country, name")
                .param("tenant", tenant.value())
                .query(ReturnWarehouses::warehouse).list();
    }

    public Optional<Warehouse> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from return_warehouse where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id)
                .query(ReturnWarehouses::warehouse).optional();
    }

    @Transactional
    public Warehouse create(Actor actor, NewWarehouse w) {
        actor.requireManage();
        String name = required("name", w.name(), 200);
        String country = country("country", w.country());
        String address = required("address", w.address(), 1000);
        String kind = w.kind() == null ? null : w.kind().strip().toUpperCase(Locale.ROOT);
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind: must be LOCAL_RETURN_WAREHOUSE or ORIGIN");
        }
        List<String> markets = w.markets() == null ? List.of() : w.markets().stream()
                .map(m -> country("markets", m)).distinct().toList();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into return_warehouse (id, tenant_id, name, country, address, kind, markets, created_at)
                            values (:id, :tenant, :name, :country, :address, :kind, :markets, :now)
                            """)
                    .param("id", id).param("tenant", actor.tenant().value()).param("name", name)
                    .param("country", country).param("address", address).param("kind", kind)
                    .param("markets", markets.toArray(String[]::new))
                    .param("now", Timestamp.from(clock.instant())).update();
        }
        catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: a warehouse named " + name + " exists already");
        }
        return new Warehouse(id, name, country, address, kind, markets);
    }

    /**
     * The warehouse a return goes to, chosen once and kept: a local return warehouse in the buyer's
     * country that takes the return's market, else the origin warehouse.
     */
    @Transactional
    public Warehouse destination(Actor actor, ReturnId id) {
        ReturnView request = returns.get(actor, id);
        UUID chosen = jdbc.sql("select warehouse_id from return_request where tenant_id = :tenant and id = :id")
                .param("tenant", actor.tenant().value()).param("id", id.value())
                .query((rs, row) -> (UUID) rs.getObject(1)).optional().orElse(null);
        if (chosen != null) {
            return find(actor.tenant(), chosen).orElseThrow();
        }
        Warehouse warehouse = route(actor.tenant(), buyerCountry(actor.tenant(), request), request.market());
        jdbc.sql("update return_request set warehouse_id = :warehouse where tenant_id = :tenant and id = :id")
                .param("warehouse", warehouse.id()).param("tenant", actor.tenant().value()).param("id", id.value())
                .update();
        return warehouse;
    }

    /** The routing rule alone: local warehouse of the buyer's country serving the market, else origin. */
    public Warehouse route(TenantId tenant, String buyerCountry, String market) {
        return jdbc.sql("""
                        select * from return_warehouse
                         where tenant_id = :tenant
                           and (kind = 'ORIGIN'
                                or (kind = 'LOCAL_RETURN_WAREHOUSE' and country = :country
                                    and (cardinality(markets) = 0 or :market = any(markets))))
                         order by kind = 'ORIGIN', name
                         limit 1
                        """)
                .param("tenant", tenant.value()).param("country", buyerCountry).param("market", market)
                .query(ReturnWarehouses::warehouse).optional()
                .orElseThrow(() -> new IllegalArgumentException("warehouse: no local return warehouse in " + buyerCountry
                        + " takes returns of market " + market + ", and no ORIGIN warehouse is set up"));
    }

    /**
     * Records the return parcel's carrier, tracking number and label, routes the return and
     * registers the parcel with logistics (buyer's country → warehouse's country, linked to the
     * order). Sending the same tracking again changes nothing.
     */
    @Transactional
    public ReturnShipment recordShipment(Actor actor, ReturnId id, String carrierCode, String trackingNumber,
                                         String labelUrl) {
        actor.requireWrite();
        String carrier = required("carrierCode", carrierCode, 50).toUpperCase(Locale.ROOT);
        String tracking = required("trackingNumber", trackingNumber, 100).toUpperCase(Locale.ROOT);
        if (labelUrl != null && !labelUrl.isBlank() && !labelUrl.strip().matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("labelUrl: must be an http(s) address");
        }
        String label = labelUrl == null || labelUrl.isBlank() ? null : labelUrl.strip();
        ReturnView request = returns.get(actor, id);
        lock(actor.tenant(), id);
        Recorded recorded = recorded(actor.tenant(), id);
        if (recorded.tracking() != null) {
            if (recorded.tracking().equals(tracking) && recorded.carrier().equals(carrier)) {
                return shipment(actor.tenant(), id);
            }
            throw new ReceivingConflict("trackingNumber", "return %d already ships as %s %s".formatted(
                    request.number(), recorded.carrier(), recorded.tracking()));
        }
        if (!AWAITING.contains(request.status())) {
            throw new ReceivingConflict("status", "return %d is %s: no parcel is expected".formatted(
                    request.number(), request.status()));
        }
        Warehouse warehouse = destination(actor, id);
        Instant now = clock.instant();
        ShipmentId shipment = shipments.register(actor.tenant(), new ShipmentRegistration(request.shop(), request.order(),
                tracking, carrier, null, null, buyerCountry(actor.tenant(), request), warehouse.country(), "RETURN",
                now, null, null, false));
        jdbc.sql("""
                        update return_request
                           set return_carrier_code = :carrier, return_tracking_number = :tracking,
                               return_label_url = :label, return_shipment_id = :shipment, updated_at = :now
                         where tenant_id = :tenant and id = :id
                        """)
                .param("carrier", carrier).param("tracking", tracking).param("label", label)
                .param("shipment", shipment.value()).param("now", Timestamp.from(now))
                .param("tenant", actor.tenant().value()).param("id", id.value()).update();
        return shipment(actor.tenant(), id);
    }

    private ReturnShipment shipment(TenantId tenant, ReturnId id) {
        return jdbc.sql("""
                        select r.id as return_id, r.number, r.return_carrier_code, r.return_tracking_number,
                               r.return_label_url, r.return_shipment_id, w.*
                          from return_request r
                          join return_warehouse w on w.id = r.warehouse_id
                         where r.tenant_id = :tenant and r.id = :id
                        """)
                .param("tenant", tenant.value()).param("id", id.value())
                .query((rs, row) -> new ReturnShipment(new ReturnId((UUID) rs.getObject("return_id")), rs.getLong("number"),
                        warehouse(rs, row), rs.getString("return_carrier_code"), rs.getString("return_tracking_number"),
                        rs.getString("return_label_url"), (UUID) rs.getObject("return_shipment_id")))
                .single();
    }

    private record Recorded(String carrier, String tracking) {
    }

    private Recorded recorded(TenantId tenant, ReturnId id) {
        return jdbc.sql("select return_carrier_code, return_tracking_number from return_request where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id.value())
                .query((rs, row) -> new Recorded(rs.getString(1), rs.getString(2))).single();
    }

    private void lock(TenantId tenant, ReturnId id) {
        jdbc.sql("select id from return_request where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant.value()).param("id", id.value()).query((rs, row) -> 1).list();
    }

    /** The buyer's country as the order knows it; the market when the order has none. */
    private String buyerCountry(TenantId tenant, ReturnView request) {
        return orders.find(tenant, request.order())
                .map(Order::buyer)
                .map(b -> b.country())
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .orElse(request.market());
    }

    static Warehouse warehouse(ResultSet rs, int row) throws SQLException {
        return new Warehouse((UUID) rs.getObject("id"), rs.getString("name"), rs.getString("country"),
                rs.getString("address"), rs.getString("kind"),
                Arrays.asList((String[]) rs.getArray("markets").getArray()));
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return value.strip();
    }

    private static String country(String field, String value) {
        String country = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException(field + ": an ISO country code of two letters, not " + value);
        }
        return country;
    }
}
