package org.aftercare.integrations.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mails the intake could not take in, each once, with the reason; the poll went on without them. */
@Repository
class IntakeFailures {

    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeFailures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record IntakeFailure(UUID id, UUID mailbox, long uidValidity, long uid, String messageId, String sender, String subject,
                         String reason, Instant at) {
    }

    void record(Mailbox mailbox, long uidValidity, long uid, BuyerMail.Envelope envelope, String reason) {
        jdbc.sql("""
                insert into mail_intake_failure (id, tenant_id, mailbox_id, uid_validity, uid, message_id, sender, subject,
                                                 reason, at)
                values (gen_random_uuid(), :tenant, :mailbox, :validity, :uid, :messageId, :sender, :subject, :reason, :at)
                on conflict (mailbox_id, uid_validity, uid) do nothing
                """)
                .param("tenant", mailbox.tenant().value()).param("mailbox", mailbox.id())
                .param("validity", uidValidity).param("uid", uid)
                .param("messageId", envelope.messageId()).param("sender", envelope.sender())
                .param("subject", envelope.subject()).param("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The latest failures of a mailbox of the tenant. */
    List<IntakeFailure> of(TenantId tenant, UUID mailbox) {
        return jdbc.sql("""
                select * from mail_intake_failure
                 where tenant_id = :tenant and mailbox_id = :mailbox
                 order by at desc, uid desc limit 200
                """)
                .param("tenant", tenant.value()).param("mailbox", mailbox)
                .query((rs, row) -> new IntakeFailure(rs.getObject("id", UUID.class), rs.getObject("mailbox_id", UUID.class),
                        rs.getLong("uid_validity"), rs.getLong("uid"), rs.getString("message_id"), rs.getString("sender"),
                        rs.getString("subject"), rs.getString("reason"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    int count(TenantId tenant, UUID mailbox) {
        return jdbc.sql("select count(*) from mail_intake_failure where tenant_id = :tenant and mailbox_id = :mailbox")
                .param("tenant", tenant.value()).param("mailbox", mailbox).query(Integer.class).single();
    }
}
