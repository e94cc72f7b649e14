package org.aftercare.desk.tickets;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the ticket's history: who changed what, when. Reports and the SLA clocks read it. */
@Component
public class TicketHistory {

    private final JdbcClient jdbc;

    TicketHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID tenant, UUID ticket, Instant at, String actor, String action, Object from, Object to,
                       String detail) {
        jdbc.sql("""
                insert into ticket_event (tenant_id, ticket_id, at, actor, action, from_value, to_value, detail)
                values (:tenant, :ticket, :at, :actor, :action, :from, :to, :detail)
                """)
                .param("tenant", tenant).param("ticket", ticket).param("at", Timestamp.from(at))
                .param("actor", actor).param("action", action)
                .param("from", from == null ? null : from.toString())
                .param("to", to == null ? null : to.toString())
                .param("detail", detail)
                .update();
    }
}
