package org.aftercare.outreach.campaigns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.aftercare.outreach.OutreachProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases the held notices of sending campaigns to the outbox at each campaign's rate: a campaign
 * earns {@code ratePerMinute / 60} notices a second since its last release (at most a minute's worth,
 * so a campaign resumed after a pause does not burst), and a release makes that many held notices
 * due now — of buyers outside the shop's quiet hours in their own zone; the others wait for their morning.
 * Each round first grants the coupons of campaign notices sent since the last one ({@link CampaignCoupons}). A campaign with nothing queued any more is DONE. Each campaign row is locked with SKIP
 * LOCKED, so several instances pace each campaign once.
 */
@Component
public class CampaignPacer {

    private static final Duration MAX_CREDIT = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final OutreachProperties properties;
    private final CampaignCoupons coupons;

    CampaignPacer(JdbcClient jdbc, Clock clock, TransactionTemplate transactions, OutreachProperties properties,
                  CampaignCoupons coupons) {
        this.properties = properties;
        this.coupons = coupons;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
    }

    private record Sending(UUID id, UUID tenant, int ratePerMinute, Instant releasedAt) {
    }

    /** One pacing round over all sending campaigns; returns the notices released. */
    @Scheduled(fixedDelayString = "${aftercare.outreach.campaigns.pace-every:1s}")
    public int release() {
        Integer released = transactions.execute(tx -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<Sending> sending = jdbc.sql("""
                    select id, tenant_id, rate_per_minute, released_at from campaign
                     where status = 'SENDING'
                     for update skip locked
                    """)
                    .query((rs, n) -> new Sending(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                            rs.getInt("rate_per_minute"), rs.getTimestamp("released_at").toInstant()))
                    .list();
            coupons.grantSent(now);
            int total = 0;
            for (Sending c : sending) {
                total += release(c, now);
            }
            return total;
        });
        return released == null ? 0 : released;
    }

    private int release(Sending c, Instant now) {
        Instant since = c.releasedAt().isBefore(now.minus(MAX_CREDIT)) ? now.minus(MAX_CREDIT) : c.releasedAt();
        long earned = Duration.between(since, now).toMillis() * c.ratePerMinute() / 60_000;
        int released = 0;
        if (earned >= 1) {
            // A buyer in the quiet hours of the shop (in the buyer's zone) waits; the others go first.
            released = jdbc.sql("""
                    update notice set next_attempt_at = :now
                     where id in (select n.id from notice n
                                    left join outreach_shop_settings q on q.shop_id = n.shop_id
                                    cross join lateral (
                                        select coalesce(q.quiet_from, cast(:quietFrom as time)) as quiet_from,
                                               coalesce(q.quiet_until, cast(:quietUntil as time)) as quiet_until,
                                               cast(timezone(coalesce(n.zone, 'UTC'), cast(:now as timestamptz)) as time) as local
                                    ) t
                                   where n.campaign_id = :campaign and n.tenant_id = :tenant
                                     and n.status = 'QUEUED' and n.next_attempt_at is null
                                     and not case when t.quiet_from = t.quiet_until then false
                                                  when t.quiet_from < t.quiet_until
                                                       then t.local >= t.quiet_from and t.local < t.quiet_until
                                                  else t.local >= t.quiet_from or t.local < t.quiet_until end
                                   order by n.created_at, n.id
                                   limit :earned
                                   for update of n skip locked)
                    """)
                    .param("now", Timestamp.from(now)).param("campaign", c.id()).param("tenant", c.tenant())
                    .param("quietFrom", properties.quietFrom().toString()).param("quietUntil", properties.quietUntil().toString())
                    .param("earned", earned).update();
            // Credit is spent exactly: what was earned but not used (nothing left to release) is dropped.
            Instant spentUntil = released < earned ? now
                    : since.plusMillis(Math.ceilDiv(earned * 60_000, c.ratePerMinute()));
            jdbc.sql("update campaign set released_at = :at where id = :id")
                    .param("at", Timestamp.from(spentUntil)).param("id", c.id()).update();
        }
        jdbc.sql("""
                update campaign set status = 'DONE', finished_at = :now
                 where id = :id and status = 'SENDING'
                   and not exists (select 1 from notice where campaign_id = :id and tenant_id = :tenant and status = 'QUEUED')
                   and not exists (select 1 from campaign_coupon cc join notice n on n.id = cc.notice_id
                                    where cc.campaign_id = :id and cc.granted_at is null and n.status = 'SENT')
                """)
                .param("now", Timestamp.from(now)).param("id", c.id()).param("tenant", c.tenant()).update();
        return released;
    }
}
