package org.aftercare.outreach.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.NoticeFacts;
import org.aftercare.outreach.NoticeId;
import org.aftercare.outreach.NoticeStatus;
import org.aftercare.outreach.NoticeTemplates;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.outreach.RenderedNotice;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one notice: picks the channel and the buyer's address on it, fills the shop's template in
 * the buyer's language with fresh facts, holds it back over quiet hours and the rate limit, and
 * inserts it into the outbox under its send key — once, however often it is asked.
 */
@Component
public class NoticeWriter {

    /** A notice went into the outbox; the outbox sends it right after the commit. */
    public record NoticeQueued(UUID notice) {
    }

    private final OrderFacts facts;
    private final NoticeTemplates templates;
    private final SettingsStore settings;
    private final Map<Channel, NoticeChannel> channels;
    private final OutreachProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NoticeWriter(OrderFacts facts, NoticeTemplates templates, SettingsStore settings, List<NoticeChannel> channels,
                 OutreachProperties properties, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.facts = facts;
        this.templates = templates;
        this.settings = settings;
        this.channels = channels.stream().collect(Collectors.toMap(NoticeChannel::channel, Function.identity()));
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The notice written for the draft, or the one already written under its send key. */
    public NoticeId write(TenantId tenant, NoticeDraft draft) {
        Optional<UUID> existing = existing(tenant, draft.sendKey());
        if (existing.isPresent()) {
            return new NoticeId(existing.get());
        }
        OrderContext order = facts.of(tenant, draft.order(), draft.shipment())
                .orElseThrow(() -> new NotFound("Order", draft.order().value()));
        OutreachSettings shopSettings = settings.of(tenant, order.shop().id());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        QuietHours quiet = shopSettings.quietHours();

        NoticeFacts known = order.facts().withReason(draft.reason()).withCoupon(draft.coupon());
        if (draft.etaFrom() != null || draft.etaTo() != null) {
            known = known.withEta(draft.etaFrom(), draft.etaTo());
        }
        if (draft.scenario().promisesUpdate() && followUpsSoFar(tenant, order) < properties.maxFollowUps()) {
            Instant promised = draft.nextUpdateAt() != null ? draft.nextUpdateAt()
                    : quiet.nextAllowed(now.plus(properties.nextUpdateAfter()), order.zone());
            if (!promised.isAfter(now)) {
                throw new IllegalArgumentException("nextUpdateAt: must be in the future");
            }
            known = known.withNextUpdateAt(promised.truncatedTo(ChronoUnit.MINUTES));
        }
        RenderedNotice rendered = templates.render(order.shop(), draft.scenario(), order.buyerLanguage(), known);

        Channel channel = null;
        String recipient = null;
        for (Channel candidate : shopSettings.channels()) {
            NoticeChannel adapter = channels.get(candidate);
            String address = Recipients.addressOn(candidate, order.buyer());
            if (adapter != null && address != null && adapter.availableFor(tenant, order.shop().id())) {
                channel = candidate;
                recipient = address;
                break;
            }
        }
        NoticeStatus status = draft.propose() ? NoticeStatus.PROPOSED : NoticeStatus.QUEUED;
        String problem = null;
        if (channel == null) {
            status = NoticeStatus.SKIPPED;
            problem = "no channel: the shop has none of " + shopSettings.channels() + " set up for an address the buyer has";
            channel = shopSettings.channels().isEmpty() ? Channel.EMAIL : shopSettings.channels().getFirst();
        }
        else if ((problem = Recipients.problem(channel, recipient)) != null) {
            status = NoticeStatus.FAILED;
        }
        else if (status == NoticeStatus.QUEUED && !draft.followUp()
                && recentNotices(order, now) >= shopSettings.maxPerDay()) {
            status = NoticeStatus.PROPOSED;
            problem = "held for an agent: the buyer already received " + shopSettings.maxPerDay() + " notices in 24 h";
        }
        UUID id = UUID.randomUUID();
        Optional<UUID> inserted = jdbc.sql("""
                insert into notice (id, tenant_id, shop_id, order_id, shipment_id, buyer_id, alert_id, send_key, scenario,
                                    reason, channel, recipient, recipient_name, language, language_wanted, subject, body,
                                    coupon_amount, coupon_currency, next_update_at, status, follow_up, next_attempt_at,
                                    last_error, created_at, created_by)
                values (:id, :tenant, :shop, :order, :shipment, :buyer, :alert, :key, :scenario,
                        :reason, :channel, :recipient, :recipientName, :language, :wanted, :subject, :body,
                        :couponAmount, :couponCurrency, :nextUpdate, :status, :followUp, :nextAttempt,
                        :problem, :now, :by)
                on conflict (tenant_id, send_key) do nothing
                returning id
                """)
                .param("id", id).param("tenant", tenant.value()).param("shop", order.shop().id().value())
                .param("order", order.order().id().value())
                .param("shipment", order.shipment() == null ? null : order.shipment().id().value())
                .param("buyer", order.buyer() == null ? null : order.buyer().id().value())
                .param("alert", draft.alert()).param("key", draft.sendKey()).param("scenario", draft.scenario().name())
                .param("reason", draft.reason() == null ? null : draft.reason().name()).param("channel", channel.name())
                .param("recipient", recipient)
                .param("recipientName", order.buyer() == null || order.buyer().erased() ? null : order.buyer().name())
                .param("language", rendered.language()).param("wanted", rendered.languageWanted())
                .param("subject", rendered.subject()).param("body", rendered.body())
                .param("couponAmount", draft.coupon() == null ? null : draft.coupon().amount())
                .param("couponCurrency", draft.coupon() == null ? null : draft.coupon().currency().getCurrencyCode())
                .param("nextUpdate", known.nextUpdateAt() == null ? null : Timestamp.from(known.nextUpdateAt()))
                .param("status", status.name()).param("followUp", draft.followUp())
                .param("nextAttempt", status == NoticeStatus.QUEUED ? Timestamp.from(quiet.nextAllowed(now, order.zone())) : null)
                .param("problem", problem).param("now", Timestamp.from(now)).param("by", draft.createdBy())
                .query(UUID.class).optional();
        if (inserted.isEmpty()) {
            return new NoticeId(existing(tenant, draft.sendKey()).orElseThrow());
        }
        if (status == NoticeStatus.QUEUED) {
            events.publishEvent(new NoticeQueued(id));
        }
        return new NoticeId(id);
    }

    private Optional<UUID> existing(TenantId tenant, String sendKey) {
        return jdbc.sql("select id from notice where tenant_id = :tenant and send_key = :key")
                .param("tenant", tenant.value()).param("key", sendKey).query(UUID.class).optional();
    }

    private int recentNotices(OrderContext order, Instant now) {
        if (order.buyer() == null) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from notice
                 where buyer_id = :buyer and not follow_up and status in ('QUEUED', 'SENT') and created_at > :since
                """)
                .param("buyer", order.buyer().id().value()).param("since", Timestamp.from(now.minus(Duration.ofHours(24))))
                .query(Integer.class).single();
    }

    private int followUpsSoFar(TenantId tenant, OrderContext order) {
        return jdbc.sql("select count(*) from notice where tenant_id = :tenant and order_id = :order and follow_up")
                .param("tenant", tenant.value()).param("order", order.order().id().value())
                .query(Integer.class).single();
    }
}
