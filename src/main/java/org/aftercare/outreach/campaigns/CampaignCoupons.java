package org.aftercare.outreach.campaigns;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.remedies.CouponGrants;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * A campaign's coupon lands in remedies as a granted offer per order, with its cost-ledger rows,
 * for every notice that was really sent — not for notices cancelled, failed or never delivered.
 * Runs in the pacer's transaction; each pending row is taken once (SKIP LOCKED) and marked granted
 * in the same transaction as the grant, so a coupon is never granted twice.
 */
@Component
class CampaignCoupons {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final CouponGrants grants;

    CampaignCoupons(JdbcClient jdbc, CouponGrants grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    private record Settled(UUID notice, UUID campaign, UUID tenant, UUID order, boolean sent, BigDecimal amount,
                           String currency, String name, String sentBy) {
    }

    /** Grants the coupons of notices sent since the last round; returns the offers granted. */
    int grantSent(Instant now) {
        List<Settled> settled = jdbc.sql("""
                select cc.notice_id, cc.campaign_id, cc.tenant_id, cc.order_id, n.status = 'SENT' as sent,
                       c.coupon_amount, c.coupon_currency, c.name, coalesce(c.sent_by, c.created_by) as sent_by
                  from campaign_coupon cc
                  join notice n on n.id = cc.notice_id
                  join campaign c on c.id = cc.campaign_id
                 where cc.granted_at is null and n.status in ('SENT', 'FAILED', 'SKIPPED')
                 order by cc.campaign_id
                 limit :batch
                 for update of cc skip locked
                """)
                .param("batch", BATCH)
                .query((rs, n) -> new Settled(rs.getObject("notice_id", UUID.class), rs.getObject("campaign_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class), rs.getObject("order_id", UUID.class), rs.getBoolean("sent"),
                        rs.getBigDecimal("coupon_amount"), rs.getString("coupon_currency"), rs.getString("name"),
                        rs.getString("sent_by")))
                .list();
        if (settled.isEmpty()) {
            return 0;
        }
        Map<UUID, List<Settled>> sentByCampaign = new LinkedHashMap<>();
        List<UUID> unsent = new ArrayList<>();
        for (Settled s : settled) {
            if (s.sent() && s.amount() != null) {
                sentByCampaign.computeIfAbsent(s.campaign(), c -> new ArrayList<>()).add(s);
            }
            else {
                unsent.add(s.notice());
            }
        }
        int granted = 0;
        for (List<Settled> batch : sentByCampaign.values()) {
            Settled first = batch.getFirst();
            granted += grants.grant(new TenantId(first.tenant()), batch.stream().map(Settled::order).toList(),
                    Money.of(first.amount(), first.currency()), "incident campaign: " + first.name(), first.sentBy(), now);
        }
        jdbc.sql("update campaign_coupon set granted_at = :now where notice_id = any(:ids)")
                .param("now", Timestamp.from(now))
                .param("ids", new SqlArrayValue("uuid", sentByCampaign.values().stream().flatMap(List::stream)
                        .map(Settled::notice).toArray()))
                .update();
        if (!unsent.isEmpty()) {
            jdbc.sql("delete from campaign_coupon where notice_id = any(:ids)")
                    .param("ids", new SqlArrayValue("uuid", unsent.toArray())).update();
        }
        return granted;
    }
}
