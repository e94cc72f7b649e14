package org.aftercare.desk.tickets;

import java.sql.Timestamp;
import java.util.UUID;

import org.aftercare.orders.BuyerErased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A buyer erased on request disappears from the desk too: the contact loses its name and address,
 * the buyer's messages their text and files. Tickets, agents' replies and the history stay, so
 * reports and SLA figures still add up.
 */
@Component
class ContactErasure {

    static final String ERASED_TEXT = "[erased on the buyer's request]";

    private final JdbcClient jdbc;

    ContactErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(BuyerErased erased) {
        var contacts = jdbc.sql("""
                update desk_contact set name = null, address = 'erased:' || id, erased_at = :at
                 where tenant_id = :tenant and buyer_id = :buyer and erased_at is null
                returning id
                """)
                .param("at", Timestamp.from(erased.erasedAt())).param("tenant", erased.tenant().value())
                .param("buyer", erased.buyer().value())
                .query(UUID.class).list();
        if (contacts.isEmpty()) {
            return;
        }
        var ids = contacts.toArray(UUID[]::new);
        jdbc.sql("""
                delete from ticket_attachment a using ticket_message x, ticket t
                 where a.message_id = x.id and x.ticket_id = t.id and t.contact_id = any (:contacts) and x.kind = 'INBOUND'
                """).param("contacts", ids).update();
        jdbc.sql("""
                update ticket_message x set body = :text, author_name = null, explanation = null
                  from ticket t
                 where x.ticket_id = t.id and t.contact_id = any (:contacts) and x.kind = 'INBOUND'
                """).param("text", ERASED_TEXT).param("contacts", ids).update();
    }
}
