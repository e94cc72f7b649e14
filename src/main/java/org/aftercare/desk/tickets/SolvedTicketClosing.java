package org.aftercare.desk.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.aftercare.desk.DeskProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes tickets solved longer ago than {@code aftercare.desk.close-solved-after} (4 days) that the
 * buyer did not reopen. After that the buyer's next message opens a follow-up ticket.
 */
@Component
public class SolvedTicketClosing {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeskProperties properties;

    SolvedTicketClosing(JdbcClient jdbc, Clock clock, DeskProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT15M")
    @Transactional
    public int close() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbc.sql("""
                with closed as (
                    update ticket set status = 'CLOSED', closed_at = :now, updated_at = :now,
                                      sla_due_at = null, sla_next_check_at = null
                     where status = 'SOLVED' and solved_at < :before
                    returning id, tenant_id
                )
                insert into ticket_event (tenant_id, ticket_id, at, actor, action, from_value, to_value)
                select tenant_id, id, :now, 'desk', 'status', 'SOLVED', 'CLOSED' from closed
                """)
                .param("now", Timestamp.from(now))
                .param("before", Timestamp.from(now.minus(properties.closeSolvedAfter())))
                .update();
    }
}
