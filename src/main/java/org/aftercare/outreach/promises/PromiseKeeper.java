package org.aftercare.outreach.promises;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Alerts;
import org.aftercare.orders.OrderId;
import org.aftercare.outreach.NoticeId;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.outreach.Scenario;
import org.aftercare.outreach.notices.NoticeDraft;
import org.aftercare.outreach.notices.NoticeWriter;
import org.aftercare.outreach.notices.OrderFacts;
import org.aftercare.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the next-update promises notices make (D5). At the promised time a follow-up is written
 * with the parcel's fresh status — a delivered-check when it arrived meanwhile — and queued; the
 * promise is KEPT when that follow-up is sent. A promise still open {@code promiseGrace} after its
 * time is BROKEN, and monitoring raises a BROKEN_PROMISE alert for the shipment.
 */
@Component
public class PromiseKeeper {

    private static final Logger log = LoggerFactory.getLogger(PromiseKeeper.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NoticeWriter writer;
    private final OrderFacts facts;
    private final Alerts alerts;
    private final OutreachProperties properties;
    private final TransactionTemplate transactions;

    PromiseKeeper(JdbcClient jdbc, Clock clock, NoticeWriter writer, OrderFacts facts, Alerts alerts,
                  OutreachProperties properties, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
        this.facts = facts;
        this.alerts = alerts;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Writes the due follow-ups and reports the broken promises; returns how many promises it handled. */
    @Scheduled(fixedDelayString = "${aftercare.outreach.promises-every:30s}")
    public int sweep() {
        int handled = 0;
        List<UUID> due;
        while (!(due = due()).isEmpty()) {
            for (UUID promise : due) {
                transactions.executeWithoutResult(tx -> keep(promise));
                handled++;
            }
        }
        return handled + reportBroken();
    }

    private List<UUID> due() {
        return jdbc.sql("""
                select id from notice_promise
                 where status = 'OPEN' and kept_by is null and due_at <= :now
                   and due_at + cast(:grace as interval) > :now
                 order by due_at limit :batch
                """)
                .param("now", Timestamp.from(now())).param("grace", properties.promiseGrace().toSeconds() + " seconds")
                .param("batch", BATCH).query(UUID.class).list();
    }

    private record Promise(UUID id, TenantId tenant, UUID notice, OrderId order, ShipmentId shipment) {
    }

    private void keep(UUID id) {
        Promise promise = jdbc.sql("""
                select p.id, p.tenant_id, p.notice_id, n.order_id, p.shipment_id
                  from notice_promise p join notice n on n.id = p.notice_id
                 where p.id = :id and p.status = 'OPEN' and p.kept_by is null
                   for update of p skip locked
                """)
                .param("id", id)
                .query((rs, n) -> new Promise(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                        rs.getObject("notice_id", UUID.class),
                        rs.getObject("order_id") == null ? null : new OrderId(rs.getObject("order_id", UUID.class)),
                        rs.getObject("shipment_id") == null ? null : new ShipmentId(rs.getObject("shipment_id", UUID.class))))
                .optional().orElse(null);
        if (promise == null) {
            return;
        }
        var order = promise.order() == null ? null : facts.of(promise.tenant(), promise.order(), promise.shipment()).orElse(null);
        if (order == null || order.buyer() == null || order.buyer().erased()) {
            close(promise.id(), "CANCELLED", "the order or its buyer is gone");
            return;
        }
        Scenario scenario = order.delivered() ? Scenario.DELIVERED_CHECK : Scenario.FOLLOW_UP_UPDATE;
        NoticeId followUp = writer.write(promise.tenant(), new NoticeDraft(promise.order(), promise.shipment(), null, scenario,
                null, null, null, null, null, "follow-up:" + promise.id(), false, true, "promise"));
        jdbc.sql("update notice_promise set kept_by = :notice where id = :id")
                .param("notice", followUp.value()).param("id", promise.id()).update();
    }

    /** A promise closed as BROKEN, with what became of its follow-up. */
    private record BrokenPromise(TenantId tenant, ShipmentId shipment, Instant dueAt, String note) {
    }

    private int reportBroken() {
        Instant now = now();
        var broken = jdbc.sql("""
                update notice_promise p
                   set status = 'BROKEN', closed_at = :now,
                       note = coalesce((select 'follow-up ' || n.status || coalesce(': ' || n.last_error, '')
                                          from notice n where n.id = p.kept_by), 'no follow-up was written')
                 where p.status = 'OPEN' and p.due_at + cast(:grace as interval) <= :now
                returning p.tenant_id, p.shipment_id, p.due_at, p.note
                """)
                .param("now", Timestamp.from(now)).param("grace", properties.promiseGrace().toSeconds() + " seconds")
                .query((rs, n) -> new BrokenPromise(new TenantId(rs.getObject("tenant_id", UUID.class)),
                        rs.getObject("shipment_id") == null ? null : new ShipmentId(rs.getObject("shipment_id", UUID.class)),
                        rs.getTimestamp("due_at").toInstant(), rs.getString("note")))
                .list();
        for (BrokenPromise b : broken) {
            if (b.shipment() == null) {
                continue;
            }
            try {
                alerts.brokenPromise(b.tenant(), b.shipment(), b.dueAt(), b.note());
            }
            catch (RuntimeException e) {
                log.warn("Could not raise the broken-promise alert for shipment {}: {}", b.shipment().value(), e.getMessage());
            }
        }
        return broken.size();
    }

    private void close(UUID promise, String status, String note) {
        jdbc.sql("update notice_promise set status = :status, closed_at = :now, note = :note where id = :id")
                .param("status", status).param("now", Timestamp.from(now())).param("note", note).param("id", promise).update();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
