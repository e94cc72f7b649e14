package org.aftercare.logistics.read;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Loads many shipments' current state in one query. */
@Repository
public class ShipmentSnapshots {

    private static final Map<Milestone, String> COLUMNS = columns();

    private final JdbcClient jdbc;

    ShipmentSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ShipmentSnapshot> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.*, shop.time_zone
                  from shipment s join shop on shop.id = s.shop_id
                 where s.id = any(:ids)
                """)
                .param("ids", new SqlArrayValue("uuid", ids.toArray()))
                .query(ShipmentSnapshots::map)
                .list();
    }

    private static ShipmentSnapshot map(ResultSet rs, int row) throws SQLException {
        Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
        milestones.put(Milestone.LABEL_CREATED, rs.getTimestamp("shipped_at").toInstant());
        for (Map.Entry<Milestone, String> column : COLUMNS.entrySet()) {
            Timestamp at = rs.getTimestamp(column.getValue());
            if (at != null) {
                milestones.put(column.getKey(), at.toInstant());
            }
        }
        String subStatus = rs.getString("sub_status");
        Timestamp lastEvent = rs.getTimestamp("last_event_at");
        LocalDate promisedBy = rs.getObject("promised_by", LocalDate.class);
        return new ShipmentSnapshot(
                new ShipmentId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ShopId(rs.getObject("shop_id", UUID.class)),
                rs.getString("tracking_number"),
                rs.getString("carrier_code"),
                rs.getString("last_mile_carrier_code"),
                rs.getString("origin_country"),
                rs.getString("destination_country"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getTimestamp("shipped_at").toInstant(),
                rs.getBoolean("hot"),
                TrackingStatus.valueOf(rs.getString("status")),
                subStatus == null ? null : SubStatus.valueOf(subStatus),
                lastEvent == null ? null : lastEvent.toInstant(),
                rs.getString("last_location"),
                milestones,
                promisedBy);
    }

    private static Map<Milestone, String> columns() {
        Map<Milestone, String> columns = new EnumMap<>(Milestone.class);
        columns.put(Milestone.PICKED_UP, "picked_up_at");
        columns.put(Milestone.EXPORT_CUSTOMS, "export_customs_at");
        columns.put(Milestone.DEPARTED_ORIGIN, "departed_origin_at");
        columns.put(Milestone.ARRIVED_DESTINATION, "arrived_destination_at");
        columns.put(Milestone.IMPORT_CUSTOMS_STARTED, "import_customs_started_at");
        columns.put(Milestone.IMPORT_CUSTOMS_CLEARED, "import_customs_cleared_at");
        columns.put(Milestone.LAST_MILE_HANDOVER, "last_mile_handover_at");
        columns.put(Milestone.OUT_FOR_DELIVERY, "out_for_delivery_at");
        columns.put(Milestone.DELIVERY_ATTEMPT, "first_attempt_at");
        columns.put(Milestone.DELIVERED, "delivered_at");
        columns.put(Milestone.RETURNED, "returned_at");
        return columns;
    }
}
