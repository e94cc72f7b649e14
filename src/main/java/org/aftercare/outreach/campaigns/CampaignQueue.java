package org.aftercare.outreach.campaigns;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.aftercare.outreach.Channel;
import org.aftercare.outreach.notices.AddressRules;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Queues a campaign's notices into the outbox with one insert … select over {@code campaign_affected}
 * joined to the texts rendered per group. Each notice is held (QUEUED, no next attempt) until the
 * campaign's pacer releases it; a buyer who already has a notice under the send key is skipped by
 * {@code on conflict do nothing}. An address that can never be delivered to ({@link AddressRules}, as
 * for a single notice) fails at once with the reason (a bounce in the report); a buyer with no
 * address on any of the shop's channels is SKIPPED; a buyer who already had the shop's limit of
 * notices in 24 h gets it PROPOSED for an agent, as a
 * notice written one at a time would. A notice with the campaign's coupon leaves a row in
 * campaign_coupon, granted in remedies once the notice is sent ({@link CampaignCoupons}).
 */
@Repository
class CampaignQueue {

    /**
     * A group's text as rendered, the channel recorded for its buyers who have no address, the
     * buyers' zone (a region id PostgreSQL knows) and the shop's limit of notices per buyer in 24 h.
     */
    record GroupText(int grp, String language, String languageWanted, String subject, String body, Channel fallback,
                     String zone, int maxPerDay) {
    }

    private final JdbcClient jdbc;

    CampaignQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int queue(TenantId tenant, Campaign campaign, List<GroupText> texts, Instant nextUpdateAt, Instant now, String by) {
        var coupon = campaign.timeline().coupon();
        countRecentNotices(now);
        return jdbc.sql("""
                with queued as (
                insert into notice (id, tenant_id, shop_id, order_id, shipment_id, buyer_id, campaign_id, send_key, scenario,
                                    reason, channel, recipient, recipient_name, language, language_wanted, subject, body,
                                    coupon_amount, coupon_currency, next_update_at, status, follow_up, next_attempt_at,
                                    last_error, created_at, created_by, zone)
                select gen_random_uuid(), :tenant, a.shop_id, a.order_id, a.shipment_id, a.buyer_id, :campaign,
                       :keyPrefix || a.buyer_id, 'DELAY_NOTICE', :reason, coalesce(a.channel, g.fallback), a.recipient,
                       a.buyer_name, g.language, g.wanted,
                       replace(replace(replace(replace(replace(g.subject,
                           :name, coalesce(split_part(a.buyer_name, ' ', 1), '')), :order, a.order_number),
                           :items, coalesce(a.items, '')), :link, coalesce(a.tracking_link, '')),
                           :location, coalesce(a.last_location, '')),
                       replace(replace(replace(replace(replace(g.body,
                           :name, coalesce(split_part(a.buyer_name, ' ', 1), '')), :order, a.order_number),
                           :items, coalesce(a.items, '')), :link, coalesce(a.tracking_link, '')),
                           :location, coalesce(a.last_location, '')),
                       :couponAmount, :couponCurrency, :nextUpdateAt,
                       case when a.channel is null then 'SKIPPED'
                            when a.channel = 'EMAIL' and a.recipient !~ :email then 'FAILED'
                            when a.channel = 'SMS'
                             and regexp_replace(a.recipient, :phoneSeparators, '', 'g') !~ :phone then 'FAILED'
                            when a.recent >= g.max_per_day then 'PROPOSED'
                            else 'QUEUED' end,
                       false, null,
                       case when a.channel is null then 'no channel: the shop has no channel set up for an address the buyer has'
                            when a.channel = 'EMAIL' and a.recipient !~ :email
                                 then 'invalid e-mail address ''' || a.recipient || ''''
                            when a.channel = 'SMS'
                             and regexp_replace(a.recipient, :phoneSeparators, '', 'g') !~ :phone
                                 then 'invalid phone number ''' || a.recipient || ''': expected an international number like +4915112345678'
                            when a.recent >= g.max_per_day
                                 then 'held for an agent: the buyer already received ' || g.max_per_day || ' notices in 24 h'
                            end,
                       :now, :by, g.zone
                  from campaign_affected a
                  join unnest(cast(:grp as int[]), cast(:language as text[]), cast(:wanted as text[]),
                              cast(:subject as text[]), cast(:body as text[]), cast(:fallback as text[]),
                              cast(:zone as text[]), cast(:maxPerDay as int[]))
                       as g (grp, language, wanted, subject, body, fallback, zone, max_per_day) on g.grp = a.grp
                on conflict (tenant_id, send_key) do nothing
                returning id, order_id, status
                ),
                coupons as (
                    insert into campaign_coupon (notice_id, campaign_id, tenant_id, order_id)
                    select id, :campaign, :tenant, order_id from queued
                     where cast(:couponAmount as numeric) is not null and status in ('QUEUED', 'PROPOSED')
                )
                select count(*) from queued
                """)
                .param("tenant", tenant.value()).param("campaign", campaign.id())
                .param("keyPrefix", campaign.sendKeyPrefix())
                .param("reason", campaign.timeline().reason() == null ? null : campaign.timeline().reason().name())
                .param("email", AddressRules.EMAIL).param("phone", AddressRules.PHONE)
                .param("phoneSeparators", AddressRules.PHONE_SEPARATORS)
                .param("name", CampaignTexts.NAME).param("order", CampaignTexts.ORDER).param("items", CampaignTexts.ITEMS)
                .param("link", CampaignTexts.LINK).param("location", CampaignTexts.LOCATION)
                .param("couponAmount", coupon == null ? null : coupon.amount())
                .param("couponCurrency", coupon == null ? null : coupon.currency().getCurrencyCode())
                .param("nextUpdateAt", Timestamp.from(nextUpdateAt))
                .param("now", Timestamp.from(now)).param("by", by)
                .param("grp", new SqlArrayValue("int4", texts.stream().map(GroupText::grp).toArray()))
                .param("language", new SqlArrayValue("text", texts.stream().map(GroupText::language).toArray()))
                .param("wanted", new SqlArrayValue("text", texts.stream().map(GroupText::languageWanted).toArray()))
                .param("subject", new SqlArrayValue("text", texts.stream().map(GroupText::subject).toArray()))
                .param("body", new SqlArrayValue("text", texts.stream().map(GroupText::body).toArray()))
                .param("fallback", new SqlArrayValue("text", texts.stream().map(t -> t.fallback().name()).toArray()))
                .param("zone", new SqlArrayValue("text", texts.stream().map(GroupText::zone).toArray()))
                .param("maxPerDay", new SqlArrayValue("int4", texts.stream().map(GroupText::maxPerDay).toArray()))
                .query(Integer.class).single();
    }

    /**
     * Each buyer's notices in the last 24 h, counted before the insert: a subquery on notice inside
     * the insert would scan the rows the insert itself is adding, once per buyer.
     */
    private void countRecentNotices(Instant now) {
        jdbc.sql("""
                update campaign_affected a set recent = r.notices
                  from (select n.buyer_id, count(*) as notices
                          from notice n
                         where n.buyer_id in (select buyer_id from campaign_affected)
                           and not n.follow_up and n.status in ('QUEUED', 'SENT') and n.created_at > :since
                         group by n.buyer_id) r
                 where r.buyer_id = a.buyer_id
                """)
                .param("since", Timestamp.from(now.minus(java.time.Duration.ofHours(24)))).update();
    }
}
