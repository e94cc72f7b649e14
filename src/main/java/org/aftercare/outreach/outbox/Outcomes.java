package org.aftercare.outreach.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.OutreachProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** The outcomes of one outbox round, recorded with a statement per kind of outcome. */
final class Outcomes {

    private final Instant now;
    private final List<NoticeOutbox.Leased> sent = new ArrayList<>();
    private final List<UUID> failedIds = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final List<Integer> attempts = new ArrayList<>();
    private final List<Timestamp> retries = new ArrayList<>();

    Outcomes(Instant now) {
        this.now = now;
    }

    void add(NoticeOutbox.Leased leased, Exception failure) {
        if (failure == null) {
            sent.add(leased);
            return;
        }
        int attempt = leased.attempts() + 1;
        boolean permanent = failure instanceof NoticeChannel.Undeliverable;
        boolean last = permanent || attempt > OutreachProperties.BACKOFF.size();
        failedIds.add(leased.notice().id());
        reasons.add(permanent ? failure.getMessage() : failure.getClass().getSimpleName() + ": " + failure.getMessage());
        attempts.add(attempt);
        retries.add(last ? null : Timestamp.from(now.plus(OutreachProperties.BACKOFF.get(attempt - 1))));
    }

    List<NoticeOutbox.Leased> sent() {
        return sent;
    }

    List<String> failures() {
        return reasons;
    }

    /** SENT with the promise it made opened and the promise it kept closed; failures retried or dead. */
    void record(JdbcClient jdbc) {
        if (!sent.isEmpty()) {
            SqlArrayValue ids = new SqlArrayValue("uuid", sent.stream().map(l -> l.notice().id()).toArray());
            Timestamp at = Timestamp.from(now);
            jdbc.sql("""
                    update notice set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
                                      next_attempt_at = null
                     where id = any(:ids) and status = 'QUEUED'
                    """).param("now", at).param("ids", ids).update();
            jdbc.sql("""
                    insert into notice_promise (id, tenant_id, notice_id, shipment_id, due_at, status)
                    select gen_random_uuid(), tenant_id, id, shipment_id, next_update_at, 'OPEN'
                      from notice where id = any(:ids) and next_update_at is not null
                    on conflict (notice_id) do nothing
                    """).param("ids", ids).update();
            jdbc.sql("""
                    update notice_promise set status = 'KEPT', closed_at = :now
                     where kept_by = any(:ids) and status = 'OPEN'
                    """).param("now", at).param("ids", ids).update();
        }
        if (!failedIds.isEmpty()) {
            jdbc.sql("""
                    update notice n
                       set attempts = f.attempt, last_error = f.reason,
                           status = case when f.retry is null then 'FAILED' else 'QUEUED' end,
                           next_attempt_at = f.retry
                      from unnest(:ids, :reasons, :attempts, :retries) as f (id, reason, attempt, retry)
                     where n.id = f.id and n.status = 'QUEUED'
                    """)
                    .param("ids", new SqlArrayValue("uuid", failedIds.toArray()))
                    .param("reasons", new SqlArrayValue("text", reasons.toArray()))
                    .param("attempts", new SqlArrayValue("int4", attempts.toArray()))
                    .param("retries", new SqlArrayValue("timestamptz", retries.toArray()))
                    .update();
        }
    }
}
