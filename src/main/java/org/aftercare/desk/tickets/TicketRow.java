package org.aftercare.desk.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Intent;
import org.aftercare.desk.Priority;
import org.aftercare.desk.TicketStatus;

/** The columns of a ticket the desk decides on when a message arrives or an agent acts. */
public record TicketRow(UUID id, UUID tenant, UUID shop, long number, String market, Channel channel, UUID contact,
                        UUID order, TicketStatus status, Priority priority, String language, Intent intent, int risk,
                        Instant escalatedAt, UUID team, UUID assignee, Instant createdAt, Instant firstRepliedAt) {

    public static TicketRow map(ResultSet rs, int row) throws SQLException {
        return new TicketRow(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("shop_id", UUID.class),
                rs.getLong("number"),
                rs.getString("market"),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("contact_id", UUID.class),
                rs.getObject("order_id", UUID.class),
                TicketStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")),
                rs.getString("language"),
                Intent.valueOf(rs.getString("intent")),
                rs.getInt("risk"),
                instant(rs, "escalated_at"),
                rs.getObject("team_id", UUID.class),
                rs.getObject("assignee_id", UUID.class),
                instant(rs, "created_at"),
                instant(rs, "first_replied_at"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
