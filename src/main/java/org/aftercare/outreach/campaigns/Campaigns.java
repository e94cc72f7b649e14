package org.aftercare.outreach.campaigns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.monitoring.IncidentId;
import org.aftercare.monitoring.IncidentView;
import org.aftercare.monitoring.Incidents;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.outreach.RenderedNotice;
import org.aftercare.outreach.notices.SettingsStore;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident campaigns (D6): one action writes to every buyer an incident or a filter holds up, in
 * the buyer's language, with the adjusted timeline and an optional coupon; sent at a steady pace
 * that can be paused, resumed or cancelled; never twice to a buyer for the same incident.
 */
@Service
public class Campaigns {

    private static final int MAX_NAME = 200;

    private final CampaignStore store;
    private final AffectedOrders affected;
    private final CampaignTexts texts;
    private final CampaignQueue queue;
    private final Incidents incidents;
    private final Shops shops;
    private final SettingsStore settings;
    private final Map<Channel, NoticeChannel> channels;
    private final OutreachProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    Campaigns(CampaignStore store, AffectedOrders affected, CampaignTexts texts, CampaignQueue queue, Incidents incidents,
              Shops shops, SettingsStore settings, List<NoticeChannel> channels, OutreachProperties properties,
              JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.affected = affected;
        this.texts = texts;
        this.queue = queue;
        this.incidents = incidents;
        this.shops = shops;
        this.settings = settings;
        this.channels = channels.stream().collect(Collectors.toMap(NoticeChannel::channel, Function.identity()));
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(Actor actor, CampaignRequest request) {
        actor.requireWrite();
        if (request == null) {
            throw new IllegalArgumentException("body: missing");
        }
        if ((request.incident() == null) == (request.filter() == null)) {
            throw new IllegalArgumentException("incident: give either an incident or a filter");
        }
        if (request.incident() != null) {
            incidents.get(actor, new IncidentId(request.incident()));
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: required, at most " + MAX_NAME + " characters");
        }
        Campaign campaign = new Campaign(UUID.randomUUID(), name, request.incident(), request.filter(),
                request.timeline() == null ? AdjustedTimeline.NONE : request.timeline(),
                Campaign.checkedRate(request.ratePerMinute()), CampaignStatus.DRAFT, 0, 0, 0, 0, now(), actor.name(),
                null, null);
        store.insert(actor.tenant(), campaign);
        return get(actor, campaign.id());
    }

    public Campaign get(Actor actor, UUID id) {
        return store.find(actor.tenant(), id).orElseThrow(() -> new NotFound("Campaign", id));
    }

    public List<Campaign> list(Actor actor) {
        return store.list(actor.tenant());
    }

    /** Sets what a draft tells the buyers, and its pace. */
    @Transactional
    public Campaign timeline(Actor actor, UUID id, AdjustedTimeline timeline, Integer ratePerMinute) {
        actor.requireWrite();
        Campaign campaign = locked(actor, id);
        campaign.requireEditable();
        if (timeline == null) {
            throw new IllegalArgumentException("timeline: missing");
        }
        store.timeline(actor.tenant(), id, timeline, Campaign.checkedRate(ratePerMinute));
        return get(actor, id);
    }

    /** The affected orders by language and channel (one query), with one notice per language as it would be sent. */
    @Transactional
    public CampaignPreview preview(Actor actor, UUID id) {
        Campaign campaign = get(actor, id);
        AffectedOrders.Scope scope = scope(actor, campaign);
        Map<String, CampaignPreview.Row> rows = new LinkedHashMap<>();
        for (AffectedOrders.Count c : affected.count(scope)) {
            String key = c.language() + "|" + c.channel();
            rows.merge(key, new CampaignPreview.Row(c.language(), c.channel(), c.orders(), c.buyers()),
                    (a, b) -> new CampaignPreview.Row(a.buyerLanguage(), a.channel(), a.orders() + b.orders(),
                            a.buyers() + b.buyers()));
        }
        int orders = rows.values().stream().mapToInt(CampaignPreview.Row::orders).sum();
        int buyers = rows.values().stream().mapToInt(CampaignPreview.Row::buyers).sum();
        List<CampaignPreview.Sample> samples = samples(actor, campaign, scope);
        return new CampaignPreview(List.copyOf(rows.values()), orders, buyers, samples);
    }

    /**
     * Renders and queues a notice for every affected buyer not yet told (set-based: one text per
     * group of buyers that read alike, one insert), and starts pacing. Sending again later reaches
     * only buyers who joined since; a buyer already told about the same incident is never written to again.
     */
    @Transactional
    public Campaign send(Actor actor, UUID id) {
        actor.requireWrite();
        Campaign campaign = locked(actor, id);
        campaign.requireSendable();
        AdjustedTimeline t = campaign.timeline();
        if (t.reason() == null) {
            throw new IllegalArgumentException("reason: required before sending");
        }
        if (t.etaFrom() == null && t.delayDays() == null) {
            throw new IllegalArgumentException("etaFrom: give a new ETA window or a delay in days before sending");
        }
        if (t.coupon() != null) {
            // The coupon is granted to every buyer reached without checking remedies' caps one by one:
            // sending it is a manager's approval.
            actor.requireManage();
        }
        Instant now = now();
        Instant nextUpdateAt = nextUpdateAt(campaign, now);
        AffectedOrders.Scope scope = scope(actor, campaign);
        int buyers = affected.materialize(scope, t.etaFrom(), t.etaTo(), t.delayDays());
        List<CampaignQueue.GroupText> rendered = renderGroups(actor, campaign, scope, nextUpdateAt);
        int queued = queue.queue(actor.tenant(), campaign, rendered, nextUpdateAt, now, actor.name());
        store.sent(actor.tenant(), id, buyers, queued, now, actor.name());
        return get(actor, id);
    }

    @Transactional
    public Campaign pause(Actor actor, UUID id) {
        actor.requireWrite();
        Campaign campaign = locked(actor, id);
        campaign.requirePausable();
        // Released notices and those waiting for a retry are held again; leased ones are already on their way.
        jdbc.sql("""
                update notice set next_attempt_at = null
                 where tenant_id = :tenant and campaign_id = :id and status = 'QUEUED' and next_attempt_at is not null
                   and (leased_until is null or leased_until <= :now)
                """)
                .param("tenant", actor.tenant().value()).param("id", id).param("now", Timestamp.from(now())).update();
        store.status(actor.tenant(), id, CampaignStatus.PAUSED, now());
        return get(actor, id);
    }

    @Transactional
    public Campaign resume(Actor actor, UUID id) {
        actor.requireWrite();
        locked(actor, id).requireResumable();
        store.status(actor.tenant(), id, CampaignStatus.SENDING, now());
        return get(actor, id);
    }

    /**
     * Stops the campaign: sent notices stay; queued ones without a live lease (held, released, or
     * waiting for a retry) are dropped; one the outbox is sending finishes with its outcome.
     */
    @Transactional
    public Campaign cancel(Actor actor, UUID id) {
        actor.requireWrite();
        locked(actor, id).requireCancellable();
        int dropped = jdbc.sql("""
                delete from notice
                 where tenant_id = :tenant and campaign_id = :id and status = 'QUEUED'
                   and (leased_until is null or leased_until <= :now)
                """)
                .param("tenant", actor.tenant().value()).param("id", id).param("now", Timestamp.from(now())).update();
        store.dropped(actor.tenant(), id, dropped);
        store.status(actor.tenant(), id, CampaignStatus.CANCELLED, now());
        return get(actor, id);
    }

    /** Sent, failed and bounced per channel; also the live progress of a sending campaign. */
    public CampaignReport report(Actor actor, UUID id) {
        get(actor, id);
        List<CampaignReport.Line> lines = jdbc.sql("""
                select channel,
                       count(*) filter (where status = 'QUEUED' and next_attempt_at is null) as held,
                       count(*) filter (where status = 'QUEUED' and next_attempt_at is not null) as sending,
                       count(*) filter (where status = 'SENT') as sent,
                       count(*) filter (where status = 'FAILED' and attempts > :retries) as failed,
                       count(*) filter (where status = 'FAILED' and attempts <= :retries) as bounced,
                       count(*) filter (where status = 'SKIPPED') as skipped,
                       count(*) filter (where status = 'PROPOSED') as proposed
                  from notice
                 where tenant_id = :tenant and campaign_id = :id
                 group by channel
                 order by channel
                """)
                .param("tenant", actor.tenant().value()).param("id", id)
                .param("retries", OutreachProperties.BACKOFF.size())
                .query((rs, n) -> new CampaignReport.Line(Channel.valueOf(rs.getString("channel")), rs.getInt("held"),
                        rs.getInt("sending"), rs.getInt("sent"), rs.getInt("failed"), rs.getInt("bounced"),
                        rs.getInt("skipped"), rs.getInt("proposed")))
                .list();
        return CampaignReport.of(lines);
    }

    private List<CampaignPreview.Sample> samples(Actor actor, Campaign campaign, AffectedOrders.Scope scope) {
        AdjustedTimeline t = campaign.timeline();
        affected.materialize(scope, t.etaFrom(), t.etaTo(), t.delayDays());
        Map<Integer, CampaignQueue.GroupText> byGroup = new HashMap<>();
        renderGroups(actor, campaign, scope, nextUpdateAt(campaign, now())).forEach(g -> byGroup.put(g.grp(), g));
        List<CampaignPreview.Sample> samples = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        jdbc.sql("""
                select grp, order_number, buyer_name, items, tracking_link, last_location
                  from campaign_affected order by grp, order_number
                """)
                .query(rs -> {
                    CampaignQueue.GroupText g = byGroup.get(rs.getInt("grp"));
                    if (seen.putIfAbsent(g.language(), true) == null) {
                        String name = rs.getString("buyer_name") == null ? null : rs.getString("buyer_name").split(" ")[0];
                        samples.add(new CampaignPreview.Sample(g.language(), g.languageWanted(), rs.getString("order_number"),
                                CampaignTexts.fill(g.subject(), name, rs.getString("order_number"), rs.getString("items"),
                                        rs.getString("tracking_link"), rs.getString("last_location")),
                                CampaignTexts.fill(g.body(), name, rs.getString("order_number"), rs.getString("items"),
                                        rs.getString("tracking_link"), rs.getString("last_location"))));
                    }
                });
        jdbc.sql("drop table if exists campaign_affected").update();
        return samples;
    }

    private List<CampaignQueue.GroupText> renderGroups(Actor actor, Campaign campaign, AffectedOrders.Scope scope,
                                                       Instant nextUpdateAt) {
        Map<UUID, Shop> shopsById = shops.of(actor.tenant()).stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        Map<UUID, Integer> maxPerDay = new HashMap<>();
        return affected.groups().stream().map(g -> {
            Shop shop = shopsById.get(g.shop());
            RenderedNotice r = texts.render(shop, g, campaign.timeline(), nextUpdateAt);
            List<Channel> preferred = scope.channels().getOrDefault(g.shop(), List.of());
            Channel fallback = preferred.isEmpty() ? Channel.EMAIL : preferred.getFirst();
            int max = maxPerDay.computeIfAbsent(g.shop(), s -> settings.of(actor.tenant(), shop.id()).maxPerDay());
            return new CampaignQueue.GroupText(g.grp(), r.language(), r.languageWanted(), r.subject(), r.body(), fallback,
                    CampaignTexts.regionZone(g.zone(), shop), max);
        }).toList();
    }

    private AffectedOrders.Scope scope(Actor actor, Campaign campaign) {
        List<Shop> served = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
        Map<UUID, List<Channel>> preferred = new HashMap<>();
        for (Shop shop : served) {
            preferred.put(shop.id().value(), settings.of(actor.tenant(), shop.id()).channels().stream()
                    .filter(c -> channels.containsKey(c) && channels.get(c).availableFor(actor.tenant(), shop.id()))
                    .toList());
        }
        List<UUID> shipments = null;
        if (campaign.fromIncident()) {
            IncidentView.Detail incident = incidents.get(actor, new IncidentId(campaign.incident()));
            shipments = incident.members().stream().map(IncidentView.Member::shipment).toList();
        }
        return new AffectedOrders.Scope(actor.tenant(), served.stream().map(s -> s.id().value()).toList(), shipments,
                campaign.filter(), preferred);
    }

    private Instant nextUpdateAt(Campaign campaign, Instant now) {
        Instant at = campaign.timeline().nextUpdateAt() != null ? campaign.timeline().nextUpdateAt()
                : now.plus(properties.nextUpdateAfter());
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException("nextUpdateAt: must be in the future");
        }
        return at.truncatedTo(ChronoUnit.MINUTES);
    }

    private Campaign locked(Actor actor, UUID id) {
        return store.lock(actor.tenant(), id).orElseThrow(() -> new NotFound("Campaign", id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
