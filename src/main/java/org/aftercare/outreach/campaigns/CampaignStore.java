package org.aftercare.outreach.campaigns;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.outreach.DelayReason;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The campaign table: one row per campaign, its timeline, pace, state and counters. */
@Repository
class CampaignStore {

    private static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, Campaign c) {
        jdbc.sql("""
                insert into campaign (id, tenant_id, name, incident_id, filter, scenario, rate_per_minute, status,
                                      created_at, created_by)
                values (:id, :tenant, :name, :incident, cast(:filter as jsonb), 'DELAY_NOTICE', :rate, 'DRAFT',
                        :now, :by)
                """)
                .param("id", c.id()).param("tenant", tenant.value()).param("name", c.name())
                .param("incident", c.incident())
                .param("filter", c.filter() == null ? null : json.writeValueAsString(c.filter()))
                .param("rate", c.ratePerMinute()).param("now", Timestamp.from(c.createdAt())).param("by", c.createdBy())
                .update();
        timeline(tenant, c.id(), c.timeline(), c.ratePerMinute());
    }

    void timeline(TenantId tenant, UUID id, AdjustedTimeline t, int ratePerMinute) {
        jdbc.sql("""
                update campaign
                   set reason = :reason, eta_from = :etaFrom, eta_to = :etaTo, delay_days = :delayDays,
                       next_update_at = :nextUpdateAt, coupon_amount = :couponAmount, coupon_currency = :couponCurrency,
                       rate_per_minute = :rate
                 where tenant_id = :tenant and id = :id
                """)
                .param("reason", t.reason() == null ? null : t.reason().name())
                .param("etaFrom", t.etaFrom() == null ? null : Date.valueOf(t.etaFrom()))
                .param("etaTo", t.etaTo() == null ? null : Date.valueOf(t.etaTo()))
                .param("delayDays", t.delayDays())
                .param("nextUpdateAt", t.nextUpdateAt() == null ? null : Timestamp.from(t.nextUpdateAt()))
                .param("couponAmount", t.coupon() == null ? null : t.coupon().amount())
                .param("couponCurrency", t.coupon() == null ? null : t.coupon().currency().getCurrencyCode())
                .param("rate", ratePerMinute).param("tenant", tenant.value()).param("id", id).update();
    }

    Optional<Campaign> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from campaign where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id).query(this::map).optional();
    }

    /** The campaign row locked for a change of state. */
    Optional<Campaign> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select * from campaign where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant.value()).param("id", id).query(this::map).optional();
    }

    List<Campaign> list(TenantId tenant) {
        return jdbc.sql("select * from campaign where tenant_id = :tenant order by created_at desc limit :limit")
                .param("tenant", tenant.value()).param("limit", LIST_LIMIT).query(this::map).list();
    }

    void status(TenantId tenant, UUID id, CampaignStatus status, Instant now) {
        jdbc.sql("""
                update campaign set status = :status,
                       released_at = case when :status = 'SENDING' then :now else released_at end,
                       finished_at = case when :status in ('CANCELLED', 'DONE') then :now else finished_at end
                 where tenant_id = :tenant and id = :id
                """)
                .param("status", status.name()).param("now", Timestamp.from(now)).param("tenant", tenant.value())
                .param("id", id).update();
    }

    void sent(TenantId tenant, UUID id, int affected, int queued, Instant now, String by) {
        jdbc.sql("""
                update campaign set status = 'SENDING', released_at = :now, sent_at = coalesce(sent_at, :now),
                       sent_by = coalesce(sent_by, :by), finished_at = null,
                       affected_buyers = :affected, queued = queued + :queued, already_told = greatest(0, :affected - :queued)
                 where tenant_id = :tenant and id = :id
                """)
                .param("now", Timestamp.from(now)).param("by", by).param("affected", affected).param("queued", queued)
                .param("tenant", tenant.value()).param("id", id).update();
    }

    void dropped(TenantId tenant, UUID id, int dropped) {
        jdbc.sql("update campaign set dropped = dropped + :dropped where tenant_id = :tenant and id = :id")
                .param("dropped", dropped).param("tenant", tenant.value()).param("id", id).update();
    }

    private Campaign map(ResultSet rs, int row) throws SQLException {
        String filter = rs.getString("filter");
        BigDecimal coupon = rs.getBigDecimal("coupon_amount");
        Date etaFrom = rs.getDate("eta_from");
        Date etaTo = rs.getDate("eta_to");
        String reason = rs.getString("reason");
        AdjustedTimeline timeline = new AdjustedTimeline(reason == null ? null : DelayReason.valueOf(reason),
                etaFrom == null ? null : etaFrom.toLocalDate(), etaTo == null ? null : etaTo.toLocalDate(),
                (Integer) rs.getObject("delay_days"), instant(rs.getTimestamp("next_update_at")),
                coupon == null ? null : Money.of(coupon, rs.getString("coupon_currency")));
        return new Campaign(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("incident_id", UUID.class),
                filter == null ? null : json.readValue(filter, ShipmentFilter.class), timeline,
                rs.getInt("rate_per_minute"), CampaignStatus.valueOf(rs.getString("status")), rs.getInt("affected_buyers"),
                rs.getInt("queued"), rs.getInt("already_told"), rs.getInt("dropped"),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
