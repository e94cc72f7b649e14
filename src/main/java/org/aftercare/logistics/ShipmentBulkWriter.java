package org.aftercare.logistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.aftercare.orders.OrderId;
import org.aftercare.shared.database.CopyRows;
import org.aftercare.shared.database.ForeignKeyChecks;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many shipments with their tracking events at once, with PostgreSQL {@code COPY}: the
 * simulator's path, and later large backfills. Each shipment's status and milestone columns are
 * derived from its events ({@link ShipmentProgress#derivedFrom}), exactly as live ingest derives
 * them. Shipments are checked by the database's foreign keys as usual; their events, which can only
 * point at those shipments, skip the row-by-row checks ({@link ForeignKeyChecks}). Events are stored as received when they occurred — this is history, not a live feed.
 * Writing an existing shipment or event again fails the whole call, which runs in one transaction.
 */
@Service
public class ShipmentBulkWriter {

    private static final String COPY_SHIPMENTS = """
            copy shipment (id, tenant_id, shop_id, order_id, tracking_number, carrier_code,
                           last_mile_carrier_code, last_mile_tracking_number,
                           origin_country, destination_country, service, shipped_at, promised_from, promised_by,
                           status, sub_status, last_event_at, last_location,
                           picked_up_at, export_customs_at, departed_origin_at, arrived_destination_at,
                           import_customs_started_at, import_customs_cleared_at, last_mile_handover_at,
                           out_for_delivery_at, first_attempt_at, delivered_at, returned_at, created_at, hot)
            from stdin
            """;
    private static final String COPY_EVENTS = """
            copy tracking_event (tenant_id, shipment_id, tracking_number, provider, provider_event_id,
                                 occurred_at, occurred_zone, location, raw_status, description,
                                 status, sub_status, milestone, received_at)
            from stdin
            """;

    private final DataSource dataSource;
    private final ApplicationEventPublisher publisher;

    ShipmentBulkWriter(DataSource dataSource, ApplicationEventPublisher publisher) {
        this.dataSource = dataSource;
        this.publisher = publisher;
    }

    /** A shipment as a generator or importer knows it, with its whole event history so far. */
    public record NewShipment(ShipmentId id, ShopId shop, OrderId order, String trackingNumber, String carrierCode,
                              String lastMileCarrierCode, String lastMileTrackingNumber, String originCountry,
                              String destinationCountry, String service, Instant shippedAt, LocalDate promisedFrom,
                              LocalDate promisedBy, List<TrackingEvent> events, boolean hot) {
    }

    /** What one call wrote. */
    public record Written(long shipments, long events) {
    }

    @Transactional
    public Written write(TenantId tenant, List<NewShipment> shipments) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            long written = copyShipments(connection, tenant, shipments);
            long events = copyEvents(connection, tenant, shipments);
            // Monitoring assesses them once this transaction commits, as for any other ingest.
            publisher.publishEvent(new ShipmentsUpdated(tenant, shipments.stream().map(NewShipment::id).toList()));
            return new Written(written, events);
        }
        catch (SQLException e) {
            throw new IllegalStateException("COPY of " + shipments.size() + " shipments failed: " + e.getMessage(), e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static long copyShipments(Connection connection, TenantId tenant, List<NewShipment> shipments)
            throws SQLException {
        try (CopyRows rows = CopyRows.into(connection, COPY_SHIPMENTS)) {
            for (NewShipment s : shipments) {
                ShipmentProgress progress = ShipmentProgress.derivedFrom(s.events());
                rows.uuid(s.id().value()).uuid(tenant.value()).uuid(s.shop().value())
                        .uuid(s.order() == null ? null : s.order().value())
                        .text(s.trackingNumber()).text(s.carrierCode())
                        .text(s.lastMileCarrierCode()).text(s.lastMileTrackingNumber())
                        .text(s.originCountry()).text(s.destinationCountry()).text(s.service())
                        .instant(s.shippedAt()).date(s.promisedFrom()).date(s.promisedBy())
                        .text(progress.status().name()).text(name(progress.subStatus()))
                        .instant(progress.lastEventAt()).text(progress.lastLocation())
                        .instant(progress.reached(Milestone.PICKED_UP))
                        .instant(progress.reached(Milestone.EXPORT_CUSTOMS))
                        .instant(progress.reached(Milestone.DEPARTED_ORIGIN))
                        .instant(progress.reached(Milestone.ARRIVED_DESTINATION))
                        .instant(progress.reached(Milestone.IMPORT_CUSTOMS_STARTED))
                        .instant(progress.reached(Milestone.IMPORT_CUSTOMS_CLEARED))
                        .instant(progress.reached(Milestone.LAST_MILE_HANDOVER))
                        .instant(progress.reached(Milestone.OUT_FOR_DELIVERY))
                        .instant(progress.reached(Milestone.DELIVERY_ATTEMPT))
                        .instant(progress.reached(Milestone.DELIVERED))
                        .instant(progress.reached(Milestone.RETURNED))
                        .instant(s.shippedAt())
                        .bool(s.hot())
                        .endRow();
            }
            return rows.finish();
        }
    }

    /**
     * Each event points at a shipment written just before in this transaction, and the tenant row
     * is locked here as the foreign-key trigger would lock it — so the per-row trigger checks are
     * skipped for this COPY (see {@link ForeignKeyChecks}).
     */
    private static long copyEvents(Connection connection, TenantId tenant, List<NewShipment> shipments)
            throws SQLException {
        lockTenant(connection, tenant);
        return ForeignKeyChecks.skippedFor(connection, () -> copyEventRows(connection, tenant, shipments));
    }

    private static void lockTenant(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select 1 from tenant where id = ? for key share")) {
            lock.setObject(1, tenant.value());
            try (ResultSet found = lock.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalArgumentException("No tenant " + tenant);
                }
            }
        }
    }

    private static long copyEventRows(Connection connection, TenantId tenant, List<NewShipment> shipments)
            throws SQLException {
        try (CopyRows rows = CopyRows.into(connection, COPY_EVENTS)) {
            for (NewShipment s : shipments) {
                for (TrackingEvent e : s.events()) {
                    rows.uuid(tenant.value()).uuid(s.id().value()).text(e.trackingNumber())
                            .text(e.provider()).text(e.providerEventId())
                            .instant(e.occurredAt()).text(e.zone()).text(e.location())
                            .text(e.rawStatus()).text(e.description())
                            .text(e.status().name()).text(name(e.subStatus())).text(name(e.milestone()))
                            .instant(e.occurredAt())
                            .endRow();
                }
            }
            return rows.finish();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
