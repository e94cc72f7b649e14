package org.aftercare.logistics;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.eta.TransitStats;
import org.aftercare.logistics.read.ShipmentSnapshots;
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
    private final ApplicationEventPublisher events;

    Shipments(JdbcClient jdbc, Tracking tracking, ShipmentSnapshots snapshots, TransitStats transit,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.tracking = tracking;
        this.snapshots = snapshots;
        this.transit = transit;
    }

    /** The current state of these shipments, in one query. */
    public List<ShipmentSnapshot> snapshots(Collection<ShipmentId> ids) {
        return snapshots.load(ids.stream().map(ShipmentId::value).toList());
    }

    /** The remaining-transit estimate from the shipment's latest milestone (the ETA window). */
    public Optional<TransitEstimate> eta(ShipmentSnapshot shipment) {
        return transit.estimate(shipment);
    }

    /** Registers a shipment, or finds the one already registered under that carrier and number. */
    @Transactional
    public ShipmentId register(TenantId tenant, ShipmentRegistration s) {
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
                .param("tenant", tenant.value())
                .param("shop", s.shop().value())
                .param("order", s.order() == null ? null : s.order().value())
                .param("trackingNumber", s.trackingNumber().trim().toUpperCase())
                .param("carrier", s.carrierCode())
                .param("lastMileCarrier", s.lastMileCarrierCode())
                .param("lastMileNumber", s.lastMileTrackingNumber() == null ? null : s.lastMileTrackingNumber().trim().toUpperCase())
                .param("origin", s.originCountry())
                .param("destination", s.destinationCountry())
                .param("service", s.service())
                .param("shippedAt", Timestamp.from(s.shippedAt()))
                .param("promisedFrom", s.promisedFrom())
                .param("promisedBy", s.promisedBy())
                .param("hot", s.hot())
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
