package org.aftercare.remedies.offers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.orders.OrderId;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferId;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferState;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** The offer table. Every query takes the tenant. */
@Repository
public class OfferRepository {

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new offer; false when its alert already has one (a redelivered alert). */
    public boolean insert(Offer o) {
        return jdbc.sql("""
                insert into offer (id, tenant_id, shop_id, market, order_id, order_number, buyer_id, alert_id, shipment_id,
                                   carrier_code, tier, kind, alternative, amount, currency, percent, days_late, lost, reason,
                                   override, state, approval_needed, proposed_by, proposed_at, expires_at)
                values (:id, :tenant, :shop, :market, :order, :orderNumber, :buyer, :alert, :shipment, :carrier, :tier, :kind,
                        :alternative, :amount, :currency, :percent, :daysLate, :lost, :reason, :override, :state,
                        :approvalNeeded, :proposedBy, :proposedAt, :expiresAt)
                on conflict (tenant_id, alert_id) where alert_id is not null do nothing
                """)
                .param("id", o.id().value()).param("tenant", o.tenant().value()).param("shop", o.shop().value())
                .param("market", o.market()).param("order", o.order().value()).param("orderNumber", o.orderNumber())
                .param("buyer", o.buyer()).param("alert", o.alert()).param("shipment", o.shipment())
                .param("carrier", o.carrierCode()).param("tier", o.tier()).param("kind", o.kind().name())
                .param("alternative", o.alternative() == null ? null : o.alternative().name())
                .param("amount", o.amount().amount()).param("currency", o.amount().currency().getCurrencyCode())
                .param("percent", o.percent()).param("daysLate", o.daysLate()).param("lost", o.lost())
                .param("reason", o.reason()).param("override", o.override()).param("state", o.state().name())
                .param("approvalNeeded", new SqlArrayValue("text", o.approvalNeeded().toArray()))
                .param("proposedBy", o.proposedBy()).param("proposedAt", Timestamp.from(o.proposedAt()))
                .param("expiresAt", Timestamp.from(o.expiresAt()))
                .update() == 1;
    }

    /** Writes a transition (state, approval reasons, decision). */
    public void update(Offer o) {
        jdbc.sql("""
                update offer set state = :state, approval_needed = :approvalNeeded, decided_by = :by, decided_at = :at,
                                 decision_note = :note
                 where tenant_id = :tenant and id = :id
                """)
                .param("state", o.state().name())
                .param("approvalNeeded", new SqlArrayValue("text", o.approvalNeeded().toArray()))
                .param("by", o.decidedBy()).param("at", o.decidedAt() == null ? null : Timestamp.from(o.decidedAt()))
                .param("note", o.decisionNote()).param("tenant", o.tenant().value()).param("id", o.id().value())
                .update();
    }

    public Optional<Offer> find(TenantId tenant, OfferId id) {
        return jdbc.sql("select * from offer where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id.value())
                .query(OfferRepository::map).optional();
    }

    /** The offer, locked until the transaction ends, so two agents cannot decide it at once. */
    public Optional<Offer> lock(TenantId tenant, OfferId id) {
        return jdbc.sql("select * from offer where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant.value()).param("id", id.value())
                .query(OfferRepository::map).optional();
    }

    /** The offer that answers an alert (see {@link #link}). */
    public Optional<Offer> ofAlert(TenantId tenant, UUID alert) {
        return jdbc.sql("""
                select o.* from offer_alert a join offer o on o.id = a.offer_id
                 where a.tenant_id = :tenant and a.alert_id = :alert
                """)
                .param("tenant", tenant.value()).param("alert", alert)
                .query(OfferRepository::map).optional();
    }

    /** Records that {@code offer} answers {@code alert}; an alert already answered keeps its offer. */
    public void link(TenantId tenant, UUID alert, OfferId offer) {
        jdbc.sql("""
                insert into offer_alert (tenant_id, alert_id, offer_id) values (:tenant, :alert, :offer)
                on conflict (tenant_id, alert_id) do nothing
                """)
                .param("tenant", tenant.value()).param("alert", alert).param("offer", offer.value())
                .update();
    }

    /** The order's open or granted offers made by these tiers, newest first. */
    public List<Offer> standing(TenantId tenant, OrderId order, List<String> tiers) {
        return jdbc.sql("""
                select * from offer
                 where tenant_id = :tenant and order_id = :order and tier = any(:tiers)
                   and state in ('PROPOSED', 'APPROVAL_REQUIRED', 'GRANTED')
                 order by proposed_at desc, id
                """)
                .param("tenant", tenant.value()).param("order", order.value())
                .param("tiers", new SqlArrayValue("text", tiers.toArray()))
                .query(OfferRepository::map).list();
    }

    /** Makes alert proposals for one order wait for each other, so two alerts cannot both add an offer. */
    public void serializeProposals(TenantId tenant, OrderId order) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "remedies-order:" + tenant.value() + ":" + order.value())
                .query((rs, row) -> 1).single();
    }

    /** An order's offers, newest first. */
    public List<Offer> ofOrder(TenantId tenant, OrderId order) {
        return jdbc.sql("select * from offer where tenant_id = :tenant and order_id = :order order by proposed_at desc, id")
                .param("tenant", tenant.value()).param("order", order.value())
                .query(OfferRepository::map).list();
    }

    /**
     * The queue: offers in the given states in markets the viewer serves (all when {@code markets}
     * is null), those needing approval first, then oldest first.
     */
    public List<Offer> queue(TenantId tenant, List<OfferState> states, List<String> markets, int limit) {
        return jdbc.sql("""
                select * from offer
                 where tenant_id = :tenant and state = any(:states)
                   and (cast(:markets as text[]) is null or market = any(cast(:markets as text[])))
                 order by state <> 'APPROVAL_REQUIRED', proposed_at, id
                 limit :limit
                """)
                .param("tenant", tenant.value())
                .param("states", new SqlArrayValue("text", states.stream().map(Enum::name).toArray()))
                .param("markets", markets == null ? null : new SqlArrayValue("text", markets.toArray()))
                .param("limit", limit)
                .query(OfferRepository::map).list();
    }

    /** Offers granted in [from, to) per kind, in the given markets (all when null): the account-health record's line. */
    public java.util.Map<OfferKind, Integer> grantedBetween(TenantId tenant, List<String> markets, Instant from, Instant to) {
        java.util.Map<OfferKind, Integer> counts = new java.util.EnumMap<>(OfferKind.class);
        jdbc.sql("""
                select kind, count(*) as n from offer
                 where tenant_id = :tenant and state = 'GRANTED' and decided_at >= :from and decided_at < :to
                   and (cast(:markets as text[]) is null or market = any(cast(:markets as text[])))
                 group by kind
                """)
                .param("tenant", tenant.value())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("markets", markets == null ? null : new SqlArrayValue("text", markets.toArray()))
                .query(rs -> {
                    counts.put(OfferKind.valueOf(rs.getString("kind")), rs.getInt("n"));
                });
        return counts;
    }

    /**
     * Makes grants of one shop wait for each other until the transaction ends, so two grants
     * cannot both pass a cap that only one of them fits under.
     */
    public void serializeGrants(TenantId tenant, ShopId shop) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "remedies:" + tenant.value() + ":" + shop.value())
                .query((rs, row) -> 1).single();
    }

    /** Expires every open offer past its expiry, across tenants; returns how many. */
    public int expireDue(Instant now) {
        return jdbc.sql("""
                update offer set state = 'EXPIRED', decided_by = 'system', decided_at = :now
                 where state in ('PROPOSED', 'APPROVAL_REQUIRED') and expires_at <= :now
                """)
                .param("now", Timestamp.from(now))
                .update();
    }

    static Offer map(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        String alternative = rs.getString("alternative");
        Array breaches = rs.getArray("approval_needed");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Offer(new OfferId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ShopId(rs.getObject("shop_id", UUID.class)), rs.getString("market"),
                new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("order_number"),
                rs.getObject("buyer_id", UUID.class), rs.getObject("alert_id", UUID.class),
                rs.getObject("shipment_id", UUID.class), rs.getString("carrier_code"), rs.getString("tier"),
                OfferKind.valueOf(rs.getString("kind")), alternative == null ? null : OfferKind.valueOf(alternative),
                Money.of(rs.getBigDecimal("amount"), currency), (Integer) rs.getObject("percent"),
                (Integer) rs.getObject("days_late"), rs.getBoolean("lost"), rs.getString("reason"),
                rs.getBoolean("override"), OfferState.valueOf(rs.getString("state")),
                breaches == null ? List.of() : Arrays.asList((String[]) breaches.getArray()),
                rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_note"));
    }
}
