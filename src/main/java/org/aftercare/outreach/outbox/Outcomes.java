package org.aftercare.outreach.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.OutreachProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** The outcomes of one outbox round, recorded with one statement. */
final class Outcomes {

    private final Instant now;
    private final Map<UUID, NoticeOutbox.Leased> leased = new HashMap<>();
    private final List<UUID> ids = new ArrayList<>();
    private final List<Boolean> sent = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final List<Integer> attempts = new ArrayList<>();
    private final List<Timestamp> retries = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    Outcomes(Instant now) {
        this.now = now;
    }

    void add(NoticeOutbox.Leased notice, Exception failure) {
        int attempt = notice.attempts() + 1;
        leased.put(notice.notice().id(), notice);
        ids.add(notice.notice().id());
        attempts.add(attempt);
        sent.add(failure == null);
        if (failure == null) {
            reasons.add(null);
            retries.add(null);
            return;
        }
        boolean permanent = failure instanceof NoticeChannel.Undeliverable;
        boolean last = permanent || attempt > OutreachProperties.BACKOFF.size();
        String reason = permanent ? failure.getMessage() : reason(failure);
        reasons.add(reason);
        failures.add(reason);
        retries.add(last ? null : Timestamp.from(now.plus(OutreachProperties.BACKOFF.get(attempt - 1))));
    }

    /** "MailConnectException: Couldn't connect to host …, caused by ConnectException: Connection refused". */
    static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder(failure.getClass().getSimpleName()).append(": ").append(failure.getMessage());
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure && (failure.getMessage() == null || !failure.getMessage().contains(String.valueOf(root.getMessage())))) {
            reason.append(", caused by ").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage());
        }
        return reason.toString();
    }

    List<String> failures() {
        return failures;
    }

    /**
     * Records the round: SENT notices open the promise they made and keep the one they fulfil;
     * failures wait for their next attempt or become dead letters. A notice no longer QUEUED (an
     * agent or an erasure changed it meanwhile) is left alone. Returns the notices now SENT.
     */
    List<NoticeOutbox.Leased> record(JdbcClient jdbc) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with outcome as (
                    select * from unnest(:ids, :sent, :reasons, :attempts, :retries)
                                  as o (id, sent, reason, attempt, retry)
                ), recorded as (
                    update notice n
                       set status = case when o.sent then 'SENT' when o.retry is null then 'FAILED' else 'QUEUED' end,
                           sent_at = case when o.sent then cast(:now as timestamptz) end,
                           attempts = o.attempt, last_error = o.reason, next_attempt_at = o.retry,
                           leased_until = null
                      from outcome o
                     where n.id = o.id and n.status = 'QUEUED'
                 returning n.id, n.tenant_id, n.shipment_id, n.next_update_at, n.status
                ), opened as (
                    insert into notice_promise (id, tenant_id, notice_id, shipment_id, due_at, status)
                    select gen_random_uuid(), tenant_id, id, shipment_id, next_update_at, 'OPEN'
                      from recorded
                     where status = 'SENT' and next_update_at is not null
                    on conflict (notice_id) do nothing
                ), kept as (
                    update notice_promise p set status = 'KEPT', closed_at = :now
                      from recorded r
                     where p.kept_by = r.id and r.status = 'SENT' and p.status = 'OPEN'
                )
                select id from recorded where status = 'SENT'
                """)
                .param("ids", new SqlArrayValue("uuid", ids.toArray()))
                .param("sent", new SqlArrayValue("bool", sent.toArray()))
                .param("reasons", new SqlArrayValue("text", reasons.toArray()))
                .param("attempts", new SqlArrayValue("int4", attempts.toArray()))
                .param("retries", new SqlArrayValue("timestamptz", retries.toArray()))
                .param("now", Timestamp.from(now))
                .query(UUID.class).list().stream().map(leased::get).toList();
    }
}
