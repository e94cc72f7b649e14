package org.aftercare.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.outreach.notices.Coupons;
import org.aftercare.outreach.notices.NoticeDraft;
import org.aftercare.outreach.notices.NoticeQueries;
import org.aftercare.outreach.notices.NoticeWriter;
import org.aftercare.outreach.notices.OrderContext;
import org.aftercare.outreach.notices.OrderFacts;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to buyers: composed by an agent or proposed from an alert, sent from the outbox, kept as
 * communication records. Alerts write notices by themselves (see the shop's policy per rule);
 * this is the way in for people, the console and the other modules.
 */
@Service
public class Notices {

    private static final int LIST_LIMIT = 200;

    private final NoticeWriter writer;
    private final NoticeQueries queries;
    private final OrderFacts facts;
    private final NoticeTemplates templates;
    private final Shops shops;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final OutreachProperties properties;
    private final Coupons coupons;

    Notices(NoticeWriter writer, NoticeQueries queries, OrderFacts facts, NoticeTemplates templates, Shops shops,
            JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, OutreachProperties properties, Coupons coupons) {
        this.properties = properties;
        this.coupons = coupons;
        this.writer = writer;
        this.queries = queries;
        this.facts = facts;
        this.templates = templates;
        this.shops = shops;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The notice in the buyer's language and, for the composer, in every language. */
    public record Preview(RenderedNotice forBuyer, List<RenderedNotice> all) {
    }

    public Preview preview(Actor actor, Composition c) {
        OrderContext order = order(actor, c);
        NoticeFacts known = order.facts().withReason(c.reason()).withCoupon(c.coupon());
        if (c.etaFrom() != null || c.etaTo() != null) {
            known = known.withEta(c.etaFrom(), c.etaTo());
        }
        if (c.scenario().promisesUpdate()) {
            known = known.withNextUpdateAt(c.nextUpdateAt() != null ? c.nextUpdateAt()
                    : clock.instant().plus(java.time.Duration.ofHours(48)));
        }
        return new Preview(templates.render(order.shop(), c.scenario(), order.buyerLanguage(), known),
                templates.renderAll(order.shop(), c.scenario(), known));
    }

    /** Writes the notice and queues it (quiet hours and the rate limit still apply); idempotent by key. */
    @Transactional
    public NoticeView compose(Actor actor, Composition c) {
        actor.requireWrite();
        order(actor, c);
        String key = "manual:" + (c.idempotencyKey() == null || c.idempotencyKey().isBlank()
                ? UUID.randomUUID() : c.idempotencyKey().strip());
        NoticeId id = writer.write(actor.tenant(), new NoticeDraft(new OrderId(c.order()),
                c.shipment() == null ? null : new ShipmentId(c.shipment()), null, c.scenario(), c.reason(), c.coupon(),
                c.etaFrom(), c.etaTo(), c.nextUpdateAt(), key, false, false, actor.name()));
        return get(actor, id);
    }

    /**
     * An agent sends a proposed notice as it was written. A coupon it names is granted first; when
     * the caps call for a manager's approval the send is refused and the offer waits in the queue.
     */
    @Transactional(noRollbackFor = Coupons.NotGranted.class)
    public NoticeView send(Actor actor, NoticeId id) {
        actor.requireWrite();
        NoticeView notice = get(actor, id);
        if (notice.status() != NoticeStatus.PROPOSED) {
            throw new IllegalArgumentException("status: only a PROPOSED notice can be sent");
        }
        coupons.grantBeforeSending(actor, notice);
        int changed = jdbc.sql("""
                update notice set status = 'QUEUED', next_attempt_at = :now, decided_by = :by, last_error = null
                 where tenant_id = :tenant and id = :id and status = 'PROPOSED'
                """)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .param("tenant", actor.tenant().value()).param("id", id.value()).update();
        if (changed == 0) {
            throw new IllegalArgumentException("status: only a PROPOSED notice can be sent");
        }
        events.publishEvent(new NoticeWriter.NoticeQueued(id.value()));
        return get(actor, id);
    }

    /** An agent decides a proposed notice is not to be sent. */
    @Transactional
    public NoticeView skip(Actor actor, NoticeId id) {
        actor.requireWrite();
        get(actor, id);
        int changed = jdbc.sql("""
                update notice set status = 'SKIPPED', decided_by = :by
                 where tenant_id = :tenant and id = :id and status = 'PROPOSED'
                """)
                .param("by", actor.name()).param("tenant", actor.tenant().value()).param("id", id.value()).update();
        if (changed == 0) {
            throw new IllegalArgumentException("status: only a PROPOSED notice can be skipped");
        }
        return get(actor, id);
    }

    public NoticeView get(Actor actor, NoticeId id) {
        return queries.get(actor.tenant(), id).filter(n -> served(actor, n.shop()))
                .orElseThrow(() -> new NotFound("Notice", id.value()));
    }

    /** The newest notices of the shops the actor serves, optionally of one order number or status. */
    public List<NoticeView> find(Actor actor, String orderNumber, NoticeStatus status) {
        List<UUID> served = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market()))
                .map(s -> s.id().value()).toList();
        return queries.find(actor.tenant(), served, orderNumber, status, LIST_LIMIT);
    }

    /** Every notice of an order, oldest first: the order's timeline of what the buyer was told. */
    public List<NoticeView> ofOrder(TenantId tenant, OrderId order) {
        return queries.ofOrder(tenant, order.value());
    }

    /** An order's notices in the shops the actor serves. */
    public List<NoticeView> ofOrder(Actor actor, OrderId order) {
        return queries.ofOrder(actor.tenant(), order.value()).stream().filter(n -> served(actor, n.shop())).toList();
    }

    /** Notices sent in [from, to) per scenario, in the shops the actor serves: for the cases module's account-health record. */
    public java.util.Map<Scenario, Integer> sentBetween(Actor actor, java.time.Instant from, java.time.Instant to) {
        UUID[] served = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market()))
                .map(s -> s.id().value()).toArray(UUID[]::new);
        java.util.Map<Scenario, Integer> counts = new java.util.EnumMap<>(Scenario.class);
        jdbc.sql("""
                select scenario, count(*) as n from notice
                 where tenant_id = :tenant and shop_id = any(:shops) and status = 'SENT'
                   and sent_at >= :from and sent_at < :to
                 group by scenario
                """)
                .param("tenant", actor.tenant().value())
                .param("shops", served)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    counts.put(Scenario.valueOf(rs.getString("scenario")), rs.getInt("n"));
                });
        return counts;
    }

    /** The notices an order's buyer was sent, as communication records for the evidence archive. */
    public List<NoticeRecord> sentForOrder(TenantId tenant, OrderId order) {
        return queries.sentForOrder(tenant, order.value());
    }

    private OrderContext order(Actor actor, Composition c) {
        if (c == null) {
            throw new IllegalArgumentException("body: missing");
        }
        if (c.order() == null) {
            throw new IllegalArgumentException("order: required");
        }
        if (c.scenario() == null) {
            throw new IllegalArgumentException("scenario: required");
        }
        if (c.nextUpdateAt() != null && !c.nextUpdateAt().isAfter(clock.instant())) {
            throw new IllegalArgumentException("nextUpdateAt: must be in the future");
        }
        if (c.etaFrom() != null && c.etaTo() != null && c.etaFrom().isAfter(c.etaTo())) {
            throw new IllegalArgumentException("etaFrom: must not be after etaTo");
        }
        OrderContext order = facts.of(actor.tenant(), new OrderId(c.order()),
                        c.shipment() == null ? null : new ShipmentId(c.shipment()))
                .filter(o -> actor.serves(o.shop().market()))
                .orElseThrow(() -> new NotFound("Order", c.order()));
        if (c.shipment() != null && order.shipment() == null) {
            throw new NotFound("Shipment", c.shipment());
        }
        return order;
    }

    private boolean served(Actor actor, UUID shop) {
        return shops.find(actor.tenant(), new org.aftercare.tenancy.ShopId(shop)).map(s -> actor.serves(s.market()))
                .orElse(false);
    }
}
