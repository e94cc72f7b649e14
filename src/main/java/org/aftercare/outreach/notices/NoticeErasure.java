package org.aftercare.outreach.notices;

import java.sql.Timestamp;

import org.aftercare.orders.BuyerErased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A buyer erased on request disappears from outreach too: the notices written to them lose the
 * address, the name and the rendered subject and body. Scenario, channel, times and state stay
 * for the record; a notice not yet sent never will be, and the promises made to the buyer close.
 */
@Component
class NoticeErasure {

    static final String ERASED = "the buyer was erased on request";

    private final JdbcClient jdbc;

    NoticeErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(BuyerErased erased) {
        Timestamp at = Timestamp.from(erased.erasedAt());
        jdbc.sql("""
                update notice
                   set recipient = null, recipient_name = null, subject = null, body = null, erased_at = :at,
                       status = case when status in ('QUEUED', 'PROPOSED') then 'SKIPPED' else status end,
                       last_error = case when status in ('QUEUED', 'PROPOSED') then :reason else last_error end,
                       next_attempt_at = null
                 where tenant_id = :tenant and buyer_id = :buyer and erased_at is null
                """)
                .param("at", at).param("reason", ERASED)
                .param("tenant", erased.tenant().value()).param("buyer", erased.buyer().value()).update();
        jdbc.sql("""
                update notice_promise p set status = 'CANCELLED', closed_at = :at, note = :reason
                  from notice n
                 where n.id = p.notice_id and n.tenant_id = :tenant and n.buyer_id = :buyer and p.status = 'OPEN'
                """)
                .param("at", at).param("reason", ERASED)
                .param("tenant", erased.tenant().value()).param("buyer", erased.buyer().value()).update();
    }
}
