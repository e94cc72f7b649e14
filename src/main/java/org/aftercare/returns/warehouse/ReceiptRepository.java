package org.aftercare.returns.warehouse;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.returns.ReturnId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Receiving's reads and writes on a return: its state, its grades, refunds and exchange; every statement takes the tenant. */
@Repository
class ReceiptRepository {

    private final JdbcClient jdbc;

    ReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The return row as receiving needs it, locked for the rest of the transaction. */
    record Header(ReturnId id, long number, UUID shop, UUID order, String market, String status, String decision,
                  String trackingNumber, String exchangeWanted, UUID warehouse, UUID batch, Instant receivedAt,
                  Instant gradedAt) {
    }

    /** The return a scanned code names: its return tracking number, or its return number. */
    Optional<ReturnId> findByCode(TenantId tenant, String code) {
        String normalized = code.strip().toUpperCase();
        String digits = normalized.replaceFirst("^R-?", "");
        long number = digits.matches("\\d{1,18}") ? Long.parseLong(digits) : -1;
        return jdbc.sql("""
                        select id from return_request
                         where tenant_id = :tenant
                           and (return_tracking_number = :code or number = :number)
                         order by return_tracking_number = :code desc
                         limit 1
                        """)
                .param("tenant", tenant.value()).param("code", normalized).param("number", number)
                .query((rs, row) -> new ReturnId((UUID) rs.getObject(1))).optional();
    }

    Optional<Header> lock(TenantId tenant, ReturnId id) {
        return jdbc.sql("""
                        select id, number, shop_id, order_id, market, status, decision, return_tracking_number,
                               exchange_wanted, received_warehouse_id, receiving_batch_id, received_at, graded_at
                          from return_request
                         where tenant_id = :tenant and id = :id
                           for update
                        """)
                .param("tenant", tenant.value()).param("id", id.value())
                .query((rs, row) -> new Header(new ReturnId((UUID) rs.getObject("id")), rs.getLong("number"),
                        (UUID) rs.getObject("shop_id"), (UUID) rs.getObject("order_id"), rs.getString("market"),
                        rs.getString("status"), rs.getString("decision"), rs.getString("return_tracking_number"),
                        rs.getString("exchange_wanted"), (UUID) rs.getObject("received_warehouse_id"),
                        (UUID) rs.getObject("receiving_batch_id"), instant(rs.getTimestamp("received_at")),
                        instant(rs.getTimestamp("graded_at"))))
                .optional();
    }

    void markReceived(TenantId tenant, ReturnId id, UUID warehouse, UUID batch, String status, Instant now) {
        jdbc.sql("""
                        update return_request
                           set received_at = :now, received_warehouse_id = :warehouse, receiving_batch_id = :batch,
                               status = :status, updated_at = :now
                         where tenant_id = :tenant and id = :id
                        """)
                .param("now", Timestamp.from(now)).param("warehouse", warehouse).param("batch", batch)
                .param("status", status).param("tenant", tenant.value()).param("id", id.value()).update();
    }

    void markGraded(TenantId tenant, ReturnId id, String status, Instant now) {
        jdbc.sql("""
                        update return_request
                           set graded_at = :now, status = coalesce(:status, status), updated_at = :now
                         where tenant_id = :tenant and id = :id
                        """)
                .param("now", Timestamp.from(now)).param("status", status)
                .param("tenant", tenant.value()).param("id", id.value()).update();
    }

    void insertGrade(TenantId tenant, ReturnId id, int lineNo, QcGrade grade, int received, int damaged,
                     Money refund, String notes, String by, Instant now) {
        jdbc.sql("""
                        insert into return_line_grade (return_id, line_no, tenant_id, grade, received_quantity,
                               damaged_quantity, refund_amount, currency, notes, graded_at, graded_by)
                        values (:id, :lineNo, :tenant, :grade, :received, :damaged, :amount, :currency, :notes, :now, :by)
                        """)
                .param("id", id.value()).param("lineNo", lineNo).param("tenant", tenant.value())
                .param("grade", grade.name()).param("received", received).param("damaged", damaged)
                .param("amount", refund.amount()).param("currency", refund.currency().getCurrencyCode())
                .param("notes", notes).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** Queues the warehouse's refund of a return once per trigger (RECEIPT or GRADING). */
    void queueRefund(TenantId tenant, ReturnId id, UUID order, Money amount, String trigger, String reason, Instant now) {
        jdbc.sql("""
                        insert into refund (id, tenant_id, return_id, order_id, amount, currency, method, status, reason,
                               trigger, created_at)
                        values (:refund, :tenant, :id, :order, :amount, :currency, 'ORIGINAL_PAYMENT', 'QUEUED', :reason,
                                :trigger, :now)
                        on conflict (return_id, trigger) where trigger is not null and status <> 'CANCELLED' do nothing
                        """)
                .param("refund", UUID.randomUUID()).param("tenant", tenant.value()).param("id", id.value())
                .param("order", order).param("amount", amount.amount())
                .param("currency", amount.currency().getCurrencyCode()).param("reason", reason)
                .param("trigger", trigger).param("now", Timestamp.from(now)).update();
    }

    void insertExchange(TenantId tenant, ReturnId id, UUID order, String wanted, Instant now) {
        jdbc.sql("""
                        insert into return_exchange (id, tenant_id, return_id, order_id, wanted, status, created_at)
                        values (:exchange, :tenant, :id, :order, :wanted, 'TO_SHIP', :now)
                        on conflict (return_id) do nothing
                        """)
                .param("exchange", UUID.randomUUID()).param("tenant", tenant.value()).param("id", id.value())
                .param("order", order).param("wanted", wanted).param("now", Timestamp.from(now)).update();
    }

    Receipt load(TenantId tenant, Header h, boolean alreadyReceived) {
        List<Receipt.Line> lines = jdbc.sql("""
                        select l.line_no, l.sku, l.quantity, l.reason, l.unit_value, l.currency, g.grade,
                               g.received_quantity, g.damaged_quantity, g.refund_amount, g.notes,
                               (select count(*) from return_line_photo p
                                 where p.tenant_id = l.tenant_id and p.return_id = l.return_id and p.line_no = l.line_no) as photos
                          from return_line l
                          left join return_line_grade g on g.return_id = l.return_id and g.line_no = l.line_no
                         where l.tenant_id = :tenant and l.return_id = :id
                         order by l.line_no
                        """)
                .param("tenant", tenant.value()).param("id", h.id().value())
                .query((rs, row) -> {
                    String currency = rs.getString("currency");
                    String grade = rs.getString("grade");
                    BigDecimal refund = rs.getBigDecimal("refund_amount");
                    return new Receipt.Line(rs.getInt("line_no"), rs.getString("sku"), rs.getInt("quantity"),
                            rs.getString("reason"), Money.of(rs.getBigDecimal("unit_value"), currency),
                            grade == null ? null : QcGrade.valueOf(grade),
                            (Integer) rs.getObject("received_quantity"), (Integer) rs.getObject("damaged_quantity"),
                            refund == null ? null : Money.of(refund, currency), rs.getString("notes"), rs.getInt("photos"));
                }).list();
        List<Receipt.Refund> refunds = jdbc.sql("""
                        select id, amount, currency, status, trigger, created_at from refund
                         where tenant_id = :tenant and return_id = :id
                         order by created_at, id
                        """)
                .param("tenant", tenant.value()).param("id", h.id().value())
                .query((rs, row) -> new Receipt.Refund((UUID) rs.getObject("id"),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("status"),
                        rs.getString("trigger"), rs.getTimestamp("created_at").toInstant())).list();
        Receipt.Exchange exchange = jdbc.sql("""
                        select id, wanted, new_order_number, status from return_exchange
                         where tenant_id = :tenant and return_id = :id
                        """)
                .param("tenant", tenant.value()).param("id", h.id().value())
                .query((rs, row) -> new Receipt.Exchange((UUID) rs.getObject("id"), rs.getString("wanted"),
                        rs.getString("new_order_number"), rs.getString("status"))).optional().orElse(null);
        return new Receipt(h.id(), h.number(), h.status(), h.decision(), h.market(), h.trackingNumber(), h.warehouse(),
                h.batch(), h.receivedAt(), h.gradedAt(), alreadyReceived, lines, refunds, exchange);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
