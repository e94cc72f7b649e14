package org.aftercare.logistics;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.eta.TransitStats;
import org.aftercare.logistics.read.ShipmentSnapshots;
import org.aftercare.logistics.read.Timelines;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers shipments; events that arrived before them are linked at once. */
@Service
public class Shipments {

    private final JdbcClient jdbc;
    private final Tracking tracking;
    private final ShipmentSnapshots snapshots;
    private final TransitStats transit;
    private final Timelines timelines;
    private final ApplicationEventPublisher events;

    Shipments(JdbcClient jdbc, Tracking tracking, ShipmentSnapshots snapshots, TransitStats transit, Timelines timelines,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.timelines = timelines;
        this.events = events;
        this.tracking = tracking;
        this.snapshots = snapshots;
        this.transit = transit;
    }

    /** The current state of these shipments, in one query. */
    public List<ShipmentSnapshot> snapshots(Collection<ShipmentId> ids) {
        return snapshots.load(ids.stream().map(ShipmentId::value).toList());
    }

    /** One shipment of the tenant; empty when it belongs to another tenant or does not exist. */
    public Optional<ShipmentSnapshot> snapshot(TenantId tenant, ShipmentId id) {
        return snapshots(List.of(id)).stream().filter(s -> s.tenant().equals(tenant)).findFirst();
    }

    /** Every scan of the tenant's shipment by event time, unmapped and future-dated ones included. */
    public List<TimelineEvent> timeline(TenantId tenant, ShipmentId id) {
        return timelines.of(tenant.value(), id.value());
    }

    /** The remaining-transit estimate from the shipment's latest milestone (the ETA window). */
    public Optional<TransitEstimate> eta(ShipmentSnapshot shipment) {
        return transit.estimate(shipment);
    }

    /**
     * Registers a shipment, or finds the one already registered under that carrier and number. A
     * shipment a tracking provider reported first is adopted: it gets the order, shop, carrier and
     * promise of the registration and keeps its events.
     */
    @Transactional
    public ShipmentId register(TenantId tenant, ShipmentRegistration s) {
        requireKnownCarrier("carrier", s.carrierCode());
        if (s.lastMileCarrierCode() != null) {
            requireKnownCarrier("lastMileCarrier", s.lastMileCarrierCode());
        }
        Optional<ShipmentId> adopted = adoptDiscovered(tenant, s);
        if (adopted.isPresent()) {
            events.publishEvent(new ShipmentsUpdated(tenant, List.of(adopted.get())));
            return adopted.get();
        }
        UUID id = UUID.randomUUID();
        Optional<UUID> inserted = jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, order_id, tracking_number, carrier_code,
                                      last_mile_carrier_code, last_mile_tracking_number, origin_country,
                                      destination_country, service, shipped_at, promised_from, promised_by, hot)
                select :id, :tenant, shop.id, :order, :trackingNumber, :carrier, :lastMileCarrier, :lastMileNumber,
                       :origin, :destination, :service, :shippedAt, :promisedFrom, :promisedBy, :hot
                  from shop
                 where shop.id = :shop and shop.tenant_id = :tenant
                on conflict (tenant_id, carrier_code, tracking_number) do nothing
                returning id
                """)
                .param("id", id)
                .params(registration(tenant, s))
                .query(UUID.class)
                .optional();
        if (inserted.isPresent()) {
            ShipmentId shipment = new ShipmentId(inserted.get());
            if (tracking.linkWaitingEvents(tenant, List.of(shipment)).isEmpty()) {
                events.publishEvent(new ShipmentsUpdated(tenant, List.of(shipment)));
            }
            return shipment;
        }
        return find(tenant, s.carrierCode(), s.trackingNumber())
                .orElseThrow(() -> new IllegalArgumentException("shop: no shop " + s.shop() + " in this tenant"));
    }

    /**
     * Starts watching a parcel a tracking provider reported that nobody registered: in the shop of
     * its destination market (or the tenant's first shop), with the carrier added to the directory
     * if it is new. Returns empty when the tenant has no shop; does nothing when the tracking
     * number is already known.
     */
    @Transactional
    public Optional<ShipmentId> discover(TenantId tenant, DiscoveredShipment d) {
        String number = d.trackingNumber().trim().toUpperCase();
        Optional<ShipmentId> known = jdbc.sql("""
                select id from shipment
                 where tenant_id = :tenant and (tracking_number = :number or last_mile_tracking_number = :number)
                 limit 1
                """)
                .param("tenant", tenant.value()).param("number", number)
                .query((rs, row) -> new ShipmentId(rs.getObject("id", UUID.class))).optional();
        if (known.isPresent()) {
            return known;
        }
        jdbc.sql("""
                insert into carrier (code, name, kind) values (:code, :name, 'CROSS_BORDER')
                on conflict (code) do nothing
                """).param("code", d.carrierCode()).param("name", d.carrierName() == null ? d.carrierCode() : d.carrierName())
                .update();
        Optional<ShipmentId> created = jdbc.sql("""
                insert into shipment (id, tenant_id, shop_id, tracking_number, carrier_code, origin_country,
                                      destination_country, shipped_at, promised_by, source)
                select :id, :tenant, shop.id, :number, :carrier, coalesce(cast(:origin as text), 'CN'), coalesce(cast(:destination as text), shop.market),
                       :shippedAt, :promisedBy, 'TRACKING_PROVIDER'
                  from shop
                 where shop.tenant_id = :tenant
                 order by shop.market = cast(:destination as text) desc nulls last, shop.created_at
                 limit 1
                on conflict (tenant_id, carrier_code, tracking_number) do nothing
                returning id
                """)
                .param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("number", number)
                .param("carrier", d.carrierCode()).param("origin", d.originCountry())
                .param("destination", d.destinationCountry()).param("shippedAt", Timestamp.from(d.firstSeenAt()))
                .param("promisedBy", d.promisedBy())
                .query((rs, row) -> new ShipmentId(rs.getObject("id", UUID.class))).optional();
        created.ifPresent(id -> events.publishEvent(new ShipmentsUpdated(tenant, List.of(id))));
        return created;
    }

    private Optional<ShipmentId> adoptDiscovered(TenantId tenant, ShipmentRegistration s) {
        return jdbc.sql("""
                update shipment
                   set shop_id = :shop, order_id = :order, carrier_code = :carrier,
                       last_mile_carrier_code = :lastMileCarrier, last_mile_tracking_number = :lastMileNumber,
                       origin_country = :origin, destination_country = :destination, service = :service,
                       shipped_at = least(shipped_at, :shippedAt), promised_from = :promisedFrom,
                       promised_by = :promisedBy, hot = :hot, source = 'ORDER_SYSTEM', updated_at = now()
                 where tenant_id = :tenant and tracking_number = :trackingNumber and source = 'TRACKING_PROVIDER'
                   and exists (select 1 from shop where shop.id = :shop and shop.tenant_id = :tenant)
                returning id
                """)
                .params(registration(tenant, s))
                .query((rs, row) -> new ShipmentId(rs.getObject("id", UUID.class)))
                .optional();
    }

    /** The shipments with this tracking number, line-haul or last-mile, newest first. */
    public List<ShipmentId> findByTrackingNumber(TenantId tenant, String trackingNumber) {
        return jdbc.sql("""
                select id from shipment
                 where tenant_id = :tenant and (tracking_number = :number or last_mile_tracking_number = :number)
                 order by shipped_at desc
                """)
                .param("tenant", tenant.value())
                .param("number", trackingNumber.trim().toUpperCase())
                .query((rs, row) -> new ShipmentId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** The order a shipment was registered for, if any. */
    public Optional<OrderId> orderOf(TenantId tenant, ShipmentId shipment) {
        return jdbc.sql("select order_id from shipment where tenant_id = :tenant and id = :id and order_id is not null")
                .param("tenant", tenant.value()).param("id", shipment.value())
                .query((rs, row) -> new OrderId(rs.getObject("order_id", UUID.class)))
                .optional();
    }

    /** The shipments of an order (a split order ships in several parcels), newest first. */
    public List<ShipmentSnapshot> ofOrder(TenantId tenant, OrderId order) {
        List<ShipmentId> ids = jdbc.sql("""
                select id from shipment where tenant_id = :tenant and order_id = :order order by shipped_at desc
                """)
                .param("tenant", tenant.value())
                .param("order", order.value())
                .query((rs, row) -> new ShipmentId(rs.getObject("id", UUID.class)))
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<ShipmentId, ShipmentSnapshot> byId = new HashMap<>();
        snapshots(ids).forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The carrier as a buyer knows it, and the public page where the parcel can be followed. */
    public record PublicTracking(String carrierName, String link) {
    }

    public PublicTracking publicTracking(ShipmentSnapshot shipment) {
        return jdbc.sql("""
                select name, replace(tracking_url, '{trackingNumber}', :number) as link from carrier where code = :code
                """)
                .param("number", shipment.trackingNumber()).param("code", shipment.carrierCode())
                .query((rs, row) -> new PublicTracking(rs.getString("name"), rs.getString("link")))
                .optional()
                .orElse(new PublicTracking(shipment.carrierCode(), null));
    }

    private void requireKnownCarrier(String field, String code) {
        boolean known = code != null && jdbc.sql("select exists (select 1 from carrier where code = :code)")
                .param("code", code).query(Boolean.class).single();
        if (!known) {
            throw new IllegalArgumentException(field + ": unknown carrier code '" + code
                    + "'; use a code of the carrier directory");
        }
    }

    /** The named parameters of a registration, shared by the insert and the adoption of a discovered shipment. */
    private static Map<String, Object> registration(TenantId tenant, ShipmentRegistration s) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant.value());
        params.put("shop", s.shop().value());
        params.put("order", s.order() == null ? null : s.order().value());
        params.put("trackingNumber", s.trackingNumber().trim().toUpperCase());
        params.put("carrier", s.carrierCode());
        params.put("lastMileCarrier", s.lastMileCarrierCode());
        params.put("lastMileNumber", s.lastMileTrackingNumber() == null ? null : s.lastMileTrackingNumber().trim().toUpperCase());
        params.put("origin", s.originCountry());
        params.put("destination", s.destinationCountry());
        params.put("service", s.service());
        params.put("shippedAt", Timestamp.from(s.shippedAt()));
        params.put("promisedFrom", s.promisedFrom());
        params.put("promisedBy", s.promisedBy());
        params.put("hot", s.hot());
        return params;
    }

    public Optional<ShipmentId> find(TenantId tenant, String carrierCode, String trackingNumber) {
        return jdbc.sql("""
                select id from shipment
                 where tenant_id = :tenant and carrier_code = :carrier and tracking_number = :number
                """)
                .param("tenant", tenant.value())
                .param("carrier", carrierCode)
                .param("number", trackingNumber.trim().toUpperCase())
                .query((rs, row) -> new ShipmentId(rs.getObject("id", UUID.class)))
                .optional();
    }
}
