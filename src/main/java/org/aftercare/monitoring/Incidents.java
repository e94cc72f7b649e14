package org.aftercare.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The incidents detected for a tenant: many parcels of one carrier and destination stalled at the
 * same place. Read-only; incidents open and resolve themselves as detection sees the parcels stall
 * and move on. An agent sees only the destinations they serve.
 */
@Service
public class Incidents {

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; {@code status} null means all. */
    public List<IncidentView> list(Actor actor, IncidentStatus status) {
        return jdbc.sql("""
                select * from incident
                 where tenant_id = :tenant and (cast(:status as text) is null or status = :status)
                 order by status = 'OPEN' desc, first_detected_at desc
                 limit 200
                """)
                .param("tenant", actor.tenant().value())
                .param("status", status == null ? null : status.name())
                .query(Incidents::map)
                .list()
                .stream().filter(i -> actor.serves(i.destination()))
                .toList();
    }

    public IncidentView.Detail get(Actor actor, IncidentId id) {
        IncidentView incident = jdbc.sql("select * from incident where tenant_id = :tenant and id = :id")
                .param("tenant", actor.tenant().value())
                .param("id", id.value())
                .query(Incidents::map)
                .optional()
                .filter(i -> actor.serves(i.destination()))
                .orElseThrow(() -> new NotFound("Incident", id));
        List<IncidentView.Member> members = jdbc.sql("""
                select s.id, s.tracking_number, s.last_event_at, m.joined_at
                  from incident_member m join shipment s on s.id = m.shipment_id
                 where m.incident_id = :id and m.tenant_id = :tenant
                 order by s.tracking_number
                """)
                .param("id", id.value())
                .param("tenant", actor.tenant().value())
                .query((rs, row) -> new IncidentView.Member(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
                        instant(rs.getTimestamp("last_event_at")), instant(rs.getTimestamp("joined_at"))))
                .list();
        return new IncidentView.Detail(incident, members);
    }

    private static IncidentView map(ResultSet rs, int row) throws SQLException {
        return new IncidentView(rs.getObject("id", UUID.class), rs.getString("carrier_code"),
                rs.getString("destination_country"), rs.getString("location"), rs.getString("leg"),
                instant(rs.getTimestamp("first_detected_at")), instant(rs.getTimestamp("last_detected_at")),
                rs.getInt("parcels"), IncidentStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("resolved_at")));
    }

    private static java.time.Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
