package org.aftercare.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their history in table dispute_case, case_event and case_submission; every query takes the tenant. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new case; its number comes from the sequence. */
    Case insert(Case c) {
        jdbc.sql("""
                        insert into dispute_case (id, tenant_id, shop_id, order_id, shipment_id, type, reason, venue, market,
                               carrier_code, external_ref, status, priority, amount, currency, facts, position, solution,
                               language, window_starts_at, deadline_at, warn_at, escalate_at, opened_at, opened_by, updated_at)
                        values (:id, :tenant, :shop, :order, :shipment, :type, :reason, :venue, :market, :carrier, :ref,
                                :status, :priority, :amount, :currency, :facts, :position, :solution, :language, :start,
                                :deadline, :warn, :escalate, :openedAt, :openedBy, :openedAt)
                        returning number
                        """)
                .param("id", c.id().value()).param("tenant", c.tenant().value()).param("shop", c.shop().value())
                .param("order", c.order() == null ? null : c.order().value()).param("shipment", c.shipment() == null ? null : c.shipment().value())
                .param("type", c.type().name()).param("reason", c.reason().name()).param("venue", c.venue().name())
                .param("market", c.market()).param("carrier", c.carrierCode()).param("ref", c.externalRef())
                .param("status", c.status().name()).param("priority", c.priority().name())
                .param("amount", c.amount().amount()).param("currency", c.amount().currency().getCurrencyCode())
                .param("facts", c.statement().facts()).param("position", c.statement().position())
                .param("solution", c.statement().solution()).param("language", c.statement().language())
                .param("start", ts(c.deadline().windowStartsAt())).param("deadline", ts(c.deadline().deadlineAt()))
                .param("warn", ts(c.deadline().warnAt())).param("escalate", ts(c.deadline().escalateAt()))
                .param("openedAt", ts(c.openedAt())).param("openedBy", c.openedBy())
                .query(Long.class).single();
        return find(c.tenant(), c.id()).orElseThrow();
    }

    Optional<Case> find(TenantId tenant, CaseId id) {
        return jdbc.sql("select * from dispute_case where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id.value())
                .query(CaseRepository::map).optional();
    }

    /** The shop's appeals without an order (shop-level), oldest first. */
    List<Case> ofShopWithoutOrder(TenantId tenant, ShopId shop) {
        return jdbc.sql("""
                        select * from dispute_case
                         where tenant_id = :tenant and shop_id = :shop and order_id is null
                         order by opened_at
                        """)
                .param("tenant", tenant.value()).param("shop", shop.value())
                .query(CaseRepository::map).list();
    }

    List<Case> ofOrder(TenantId tenant, OrderId order) {
        return jdbc.sql("select * from dispute_case where tenant_id = :tenant and order_id = :order order by opened_at")
                .param("tenant", tenant.value()).param("order", order.value())
                .query(CaseRepository::map).list();
    }

    /**
     * A page of the tenant's cases, nearest deadline first; closed cases after the open ones.
     *
     * @param markets empty for all markets
     */
    List<Case> list(TenantId tenant, List<String> markets, CaseStatus status, int limit, int offset) {
        return jdbc.sql("""
                        select * from dispute_case
                        where tenant_id = :tenant
                          and (cardinality(:markets::text[]) = 0 or market = any(:markets::text[]))
                          and (:status::text is null or status = :status::text)
                        order by closed_at is not null, deadline_at, number
                        limit :limit offset :offset
                        """)
                .param("tenant", tenant.value()).param("markets", markets.toArray(String[]::new))
                .param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query(CaseRepository::map).list();
    }

    /** Writes the case's status, outcome and statement if nobody changed it meanwhile; false if somebody did. */
    boolean update(Case c, Instant now) {
        return jdbc.sql("""
                        update dispute_case
                        set status = :status, priority = :priority, recovered = :recovered, venue_reason = :venueReason,
                            facts = :facts, position = :position, solution = :solution, language = :language,
                            submitted_at = :submittedAt, closed_at = :closedAt, updated_at = :now, version = version + 1
                        where tenant_id = :tenant and id = :id and version = :version
                        """)
                .param("status", c.status().name()).param("priority", c.priority().name())
                .param("recovered", c.recovered() == null ? null : c.recovered().amount())
                .param("venueReason", c.venueReason())
                .param("facts", c.statement().facts()).param("position", c.statement().position())
                .param("solution", c.statement().solution()).param("language", c.statement().language())
                .param("submittedAt", ts(c.submittedAt())).param("closedAt", ts(c.closedAt())).param("now", ts(now))
                .param("tenant", c.tenant().value()).param("id", c.id().value()).param("version", c.version())
                .update() == 1;
    }

    void event(TenantId tenant, CaseId id, Instant at, String actor, String kind, String detail) {
        jdbc.sql("""
                        insert into case_event (tenant_id, case_id, at, actor, kind, detail)
                        values (:tenant, :case, :at, :actor, :kind, :detail)
                        """)
                .param("tenant", tenant.value()).param("case", id.value()).param("at", ts(at))
                .param("actor", actor).param("kind", kind).param("detail", detail)
                .update();
    }

    List<CaseEvent> history(TenantId tenant, CaseId id) {
        return jdbc.sql("select * from case_event where tenant_id = :tenant and case_id = :case order by id")
                .param("tenant", tenant.value()).param("case", id.value())
                .query((rs, row) -> new CaseEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("kind"), rs.getString("detail")))
                .list();
    }

    void submission(Case c, Instant at, String by, List<String> missing, String overrideReason) {
        jdbc.sql("""
                        insert into case_submission (id, tenant_id, case_id, attempt, submitted_at, submitted_by, missing,
                               override_reason)
                        values (:id, :tenant, :case,
                                (select count(*) + 1 from case_submission where case_id = :case),
                                :at, :by, :missing, :override)
                        """)
                .param("id", UUID.randomUUID()).param("tenant", c.tenant().value()).param("case", c.id().value())
                .param("at", ts(at)).param("by", by).param("missing", missing.toArray(String[]::new))
                .param("override", overrideReason)
                .update();
    }

    int submissions(TenantId tenant, CaseId id) {
        return jdbc.sql("select count(*) from case_submission where tenant_id = :tenant and case_id = :case")
                .param("tenant", tenant.value()).param("case", id.value()).query(Integer.class).single();
    }

    static Case map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal recovered = rs.getBigDecimal("recovered");
        UUID shipment = rs.getObject("shipment_id", UUID.class);
        UUID order = rs.getObject("order_id", UUID.class);
        return new Case(new CaseId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ShopId(rs.getObject("shop_id", UUID.class)), order == null ? null : new OrderId(order),
                shipment == null ? null : new ShipmentId(shipment), rs.getLong("number"),
                CaseType.valueOf(rs.getString("type")), CaseReason.valueOf(rs.getString("reason")),
                rs.getString("market"), rs.getString("carrier_code"), rs.getString("external_ref"),
                CaseStatus.valueOf(rs.getString("status")), Case.Priority.valueOf(rs.getString("priority")),
                new Money(rs.getBigDecimal("amount"), currency), recovered == null ? null : new Money(recovered, currency),
                rs.getString("venue_reason"),
                new Case.Statement(rs.getString("facts"), rs.getString("position"), rs.getString("solution"),
                        rs.getString("language")),
                new CaseDeadline(instant(rs, "window_starts_at"), instant(rs, "deadline_at"), instant(rs, "warn_at"),
                        instant(rs, "escalate_at")),
                instant(rs, "warned_at"), instant(rs, "escalated_at"), instant(rs, "opened_at"), rs.getString("opened_by"),
                instant(rs, "submitted_at"), instant(rs, "closed_at"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
