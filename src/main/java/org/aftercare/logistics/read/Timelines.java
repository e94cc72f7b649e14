package org.aftercare.logistics.read;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TimelineEvent;
import org.aftercare.logistics.TrackingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A shipment's scans by event time, in one query. */
@Repository
public class Timelines {

    private final JdbcClient jdbc;

    Timelines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TimelineEvent> of(UUID tenant, UUID shipment) {
        return jdbc.sql("""
                select provider, provider_event_id, occurred_at, occurred_zone, location, raw_status, description,
                       status, sub_status, milestone, received_at, future
                  from tracking_event
                 where tenant_id = :tenant and shipment_id = :shipment
                 order by occurred_at, received_at, provider_event_id
                """)
                .param("tenant", tenant)
                .param("shipment", shipment)
                .query(Timelines::map)
                .list();
    }

    private static TimelineEvent map(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        String subStatus = rs.getString("sub_status");
        String milestone = rs.getString("milestone");
        return new TimelineEvent(rs.getString("provider"), rs.getString("provider_event_id"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("occurred_zone"), rs.getString("location"),
                rs.getString("raw_status"), rs.getString("description"),
                status == null ? null : TrackingStatus.valueOf(status),
                subStatus == null ? null : SubStatus.valueOf(subStatus),
                milestone == null ? null : Milestone.valueOf(milestone),
                rs.getTimestamp("received_at").toInstant(), rs.getBoolean("future"));
    }
}
