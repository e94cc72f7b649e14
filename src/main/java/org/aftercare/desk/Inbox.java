package org.aftercare.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftercare.desk.tickets.Assignment;
import org.aftercare.desk.tickets.TicketClocks;
import org.aftercare.desk.tickets.TicketHistory;
import org.aftercare.desk.tickets.TicketRow;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.Alerts;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every buyer message enters the desk, whatever the channel. A message is stored once (by
 * the channel's message id), understood (language, intent, escalation risk), threaded onto the
 * buyer's open ticket about the same order or onto a new one, and routed to a team and an agent.
 * An unknown sender becomes a contact; a message about a parcel delivered but not received opens
 * the DELIVERED_NOT_RECEIVED alert.
 */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final int MAX_BODY = 100_000;
    private static final Pattern ORDER_NUMBER_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z0-9][A-Za-z0-9-]{5,39}(?![\\p{L}\\p{N}])");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Shops shops;
    private final Orders orders;
    private final Shipments shipments;
    private final Alerts alerts;
    private final MessageUnderstanding understanding;
    private final Assignment assignment;
    private final TicketHistory history;
    private final TicketClocks clocks;
    private final ApplicationEventPublisher events;
    private final AttachmentCheck attachmentCheck;

    Inbox(JdbcClient jdbc, Clock clock, Shops shops, Orders orders, Shipments shipments, Alerts alerts,
          MessageUnderstanding understanding, Assignment assignment, TicketHistory history, TicketClocks clocks,
          ApplicationEventPublisher events, DeskProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shops = shops;
        this.orders = orders;
        this.shipments = shipments;
        this.alerts = alerts;
        this.understanding = understanding;
        this.assignment = assignment;
        this.history = history;
        this.clocks = clocks;
        this.events = events;
        this.attachmentCheck = new AttachmentCheck(properties.maxAttachmentBytes(), properties.attachmentTypes());
    }

    /**
     * What became of a message.
     *
     * @param duplicate true when the same message was stored before; nothing changed
     * @param refused   attachments that were not kept, each with its reason
     */
    public record Received(TicketId ticket, long number, UUID message, boolean newTicket, boolean duplicate,
                           Understanding understanding, List<String> refused) {
    }

    /** Files that would be refused, with their reasons: the API answers 400 for them before anything is stored. */
    public List<String> refusedAttachments(List<InboundMessage.IncomingAttachment> files) {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            var verdict = attachmentCheck.check(files.get(i).fileName(), files.get(i).declaredType(), files.get(i).content());
            if (verdict.refused()) {
                refused.add("attachments[" + i + "]: " + verdict.refusal());
            }
        }
        return refused;
    }

    @Transactional
    public Received receive(TenantId tenant, InboundMessage m) {
        Shop shop = shops.find(tenant, m.shop()).orElseThrow(() -> new NotFound("Shop", m.shop()));
        validate(m);
        // PostgreSQL keeps microseconds and rounds what is finer: times are cut to microseconds before
        // they are stored, so a time read back never lies after the instant it was compared with
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = m.receivedAt() == null ? now : m.receivedAt().truncatedTo(ChronoUnit.MICROS);
        UUID contact = contact(shop, m, now);

        if (m.externalId() != null) {
            Optional<Received> stored = jdbc.sql("""
                    select t.id, t.number, x.id as message
                      from ticket_message x join ticket t on t.id = x.ticket_id
                     where x.tenant_id = :tenant and x.channel = :channel and x.external_id = :external
                    """)
                    .param("tenant", tenant.value()).param("channel", m.channel().name())
                    .param("external", m.externalId())
                    .query((rs, row) -> new Received(new TicketId(rs.getObject("id", UUID.class)), rs.getLong("number"),
                            rs.getObject("message", UUID.class), false, true, null, List.of()))
                    .optional();
            if (stored.isPresent()) {
                return stored.get();
            }
        }

        Optional<Order> order = order(tenant, shop, contact, m);
        List<ShipmentSnapshot> parcels = order.map(o -> shipments.ofOrder(tenant, o.id())).orElse(List.of());
        var context = new MessageContext(contactsInLast7Days(contact, at) + 1, daysLate(parcels, shop),
                order.map(o -> o.total().amount()).orElse(null),
                order.map(o -> o.total().currency().getCurrencyCode()).orElse(null), null);
        Understanding understood = m.body().isBlank()
                ? new Understanding("und", false, Intent.OTHER, 0, List.of(), 0, List.of(), false)
                : understanding.understand(m.body(), context);

        Optional<TicketRow> thread = thread(tenant, contact, m.threadRefs(), numberIn(m.subject()),
                order.map(o -> o.id().value()).orElse(null));
        boolean newTicket = thread.isEmpty() || thread.get().status() == TicketStatus.CLOSED;
        UUID ticketId;
        if (newTicket) {
            ticketId = open(shop, m, contact, order.orElse(null), parcels, understood, at, now,
                    thread.map(TicketRow::id).orElse(null));
        }
        else {
            ticketId = thread.get().id();
            follow(thread.get(), order.orElse(null), parcels, understood, at, now);
        }

        UUID message = UUID.randomUUID();
        jdbc.sql("""
                insert into ticket_message (id, tenant_id, ticket_id, kind, channel, external_id, author_name, body,
                                            language, intent, risk, explanation, at, created_at)
                values (:id, :tenant, :ticket, 'INBOUND', :channel, :external, :author, :body,
                        :language, :intent, :risk, :explanation, :at, :now)
                """)
                .param("id", message).param("tenant", tenant.value()).param("ticket", ticketId)
                .param("channel", m.channel().name()).param("external", m.externalId())
                .param("author", m.fromName() == null ? m.from() : m.fromName())
                .param("body", m.body())
                .param("language", understood.language()).param("intent", understood.intent().name())
                .param("risk", understood.risk())
                .param("explanation", understood.explanation().toArray(String[]::new))
                .param("at", Timestamp.from(at)).param("now", Timestamp.from(now))
                .update();
        List<String> refused = keepAttachments(tenant, message, m.attachments(), now);
        if (!refused.isEmpty()) {
            note(tenant.value(), ticketId, "Attachments refused: " + String.join("; ", refused), now);
        }

        TicketRow ticket = jdbc.sql("select * from ticket where id = :id").param("id", ticketId)
                .query(TicketRow::map).single();
        if (understood.escalate() && ticket.escalatedAt() == null) {
            escalate(ticket, understood, now);
        }
        else if (newTicket) {
            route(ticket, false, now);
        }
        if (understood.intent() == Intent.DELIVERED_NOT_RECEIVED) {
            openDeliveredNotReceived(tenant, shop, ticketId, parcels, m.body(), now);
        }
        clocks.refresh(ticketId, now);
        events.publishEvent(new TicketChanged(tenant, new TicketId(ticketId), shop.market(), newTicket ? "created" : "message"));
        return new Received(new TicketId(ticketId), ticket.number(), message, newTicket, false, understood, refused);
    }

    private static void validate(InboundMessage m) {
        if (m.channel() == null) {
            throw new IllegalArgumentException("channel: required, one of EMAIL, TIKTOK_CHAT, API");
        }
        if (m.from() == null || m.from().isBlank()) {
            throw new IllegalArgumentException("from: the sender's address on the channel is required");
        }
        if (m.from().length() > 320) {
            throw new IllegalArgumentException("from: at most 320 characters");
        }
        if ((m.body() == null || m.body().isBlank()) && m.attachments().isEmpty()) {
            throw new IllegalArgumentException("body: must not be empty when there is no attachment");
        }
        if (m.body() != null && m.body().length() > MAX_BODY) {
            throw new IllegalArgumentException("body: at most " + MAX_BODY + " characters, got " + m.body().length());
        }
        if (m.externalId() != null && m.externalId().length() > 500) {
            throw new IllegalArgumentException("externalId: at most 500 characters");
        }
    }

    /**
     * The sender as a contact of the shop on this channel, created on first contact and linked to
     * the buyer of our orders with the same e-mail address or platform id. Locked until the end of
     * the transaction, so two messages of one buyer arriving together thread one after the other.
     */
    private UUID contact(Shop shop, InboundMessage m, Instant now) {
        String address = m.channel() == Channel.EMAIL ? m.from().strip().toLowerCase() : m.from().strip();
        UUID id = jdbc.sql("""
                insert into desk_contact (id, tenant_id, shop_id, channel, address, name, buyer_id, created_at)
                values (gen_random_uuid(), :tenant, :shop, :channel, :address, :name,
                        (select b.id from buyer b
                          where b.shop_id = :shop and b.erased_at is null
                            and (case when :channel = 'EMAIL' then lower(b.email) = :address else b.buyer_ref = :address end)
                          order by b.created_at desc limit 1),
                        :now)
                on conflict (shop_id, channel, address)
                do update set name = coalesce(desk_contact.name, excluded.name),
                              buyer_id = coalesce(desk_contact.buyer_id, excluded.buyer_id)
                returning id
                """)
                .param("tenant", shop.tenant().value()).param("shop", shop.id().value())
                .param("channel", m.channel().name()).param("address", address)
                .param("name", m.fromName()).param("now", Timestamp.from(now))
                .query(UUID.class).single();
        jdbc.sql("select id from desk_contact where id = :id for update").param("id", id).query(UUID.class).single();
        return id;
    }

    /**
     * The order a message is about: the one the channel names, else a known order number written in
     * the text, else the buyer's only order of the last 90 days.
     */
    private Optional<Order> order(TenantId tenant, Shop shop, UUID contact, InboundMessage m) {
        if (m.orderNumber() != null && !m.orderNumber().isBlank()) {
            return orders.findByNumber(tenant, shop.id(), m.orderNumber().strip());
        }
        Set<String> candidates = new LinkedHashSet<>();
        if (m.subject() != null) {
            tokens(m.subject(), candidates);
        }
        if (m.body() != null) {
            tokens(m.body(), candidates);
        }
        Optional<UUID> written = candidates.isEmpty() ? Optional.empty() : jdbc.sql("""
                select id from orders where shop_id = :shop and order_number = any (:numbers)
                 order by placed_at desc limit 1
                """)
                .param("shop", shop.id().value()).param("numbers", candidates.toArray(String[]::new))
                .query(UUID.class).optional();
        Optional<UUID> id = written.or(() -> jdbc.sql("""
                select min(o.id::text)::uuid from orders o join desk_contact c on c.buyer_id = o.buyer_id
                 where c.id = :contact and o.placed_at > now() - interval '90 days'
                having count(*) = 1
                """)
                .param("contact", contact).query(UUID.class).optional());
        return id.flatMap(o -> orders.find(tenant, new OrderId(o)));
    }

    private static final Pattern TICKET_NUMBER = Pattern.compile("\\[#(\\d{1,18})]");

    private static Long numberIn(String subject) {
        if (subject == null) {
            return null;
        }
        Matcher matcher = TICKET_NUMBER.matcher(subject);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : null;
    }

    private static void tokens(String text, Set<String> into) {
        Matcher matcher = ORDER_NUMBER_LIKE.matcher(text);
        while (matcher.find() && into.size() < 50) {
            String token = matcher.group();
            if (token.chars().anyMatch(Character::isDigit)) {
                into.add(token);
                into.add(token.toUpperCase());
            }
        }
    }

    private int contactsInLast7Days(UUID contact, Instant at) {
        return jdbc.sql("""
                select count(*) from ticket_message x join ticket t on t.id = x.ticket_id
                 where t.contact_id = :contact and x.kind = 'INBOUND' and x.at > :since
                """)
                .param("contact", contact).param("since", Timestamp.from(at.minus(7, ChronoUnit.DAYS)))
                .query(Integer.class).single();
    }

    /** Days the latest undelivered parcel of the order is past its promised date, in the market's zone. */
    private Integer daysLate(List<ShipmentSnapshot> parcels, Shop shop) {
        LocalDate today = LocalDate.now(clock.withZone(shop.zone()));
        return parcels.stream()
                .filter(p -> p.promisedBy() != null && p.milestones().get(Milestone.DELIVERED) == null)
                .map(p -> (int) ChronoUnit.DAYS.between(p.promisedBy(), today))
                .filter(days -> days > 0)
                .max(Integer::compare)
                .orElse(null);
    }

    /**
     * The ticket this message continues: the one its subject names ([#number], same contact only) or
     * the one our message it answers belongs to, else the
     * contact's latest ticket that is not closed, about the same order or about no order yet; else
     * their latest closed one, which the new ticket follows up.
     */
    private Optional<TicketRow> thread(TenantId tenant, UUID contact, List<String> refs, Long number, UUID order) {
        if (number != null) {
            // "Re: … [#1234]": our reply's subject, kept by a mail client that dropped In-Reply-To
            Optional<TicketRow> named = jdbc.sql("select * from ticket where contact_id = :contact and number = :number")
                    .param("contact", contact).param("number", number)
                    .query(TicketRow::map).optional();
            if (named.isPresent()) {
                return named;
            }
        }
        if (!refs.isEmpty()) {
            Optional<TicketRow> answered = jdbc.sql("""
                    select t.* from ticket_message x join ticket t on t.id = x.ticket_id
                     where x.tenant_id = :tenant and x.external_id = any (:refs) and t.contact_id = :contact
                     order by x.at desc limit 1
                    """)
                    .param("tenant", tenant.value()).param("refs", refs.toArray(String[]::new))
                    .param("contact", contact)
                    .query(TicketRow::map).optional();
            if (answered.isPresent()) {
                return answered;
            }
        }
        return jdbc.sql("""
                select * from ticket
                 where contact_id = :contact
                   and (cast(:order as uuid) is null or order_id is null or order_id = :order)
                 order by status = 'CLOSED', created_at desc limit 1
                """)
                .param("contact", contact).param("order", order)
                .query(TicketRow::map).optional();
    }

    private UUID open(Shop shop, InboundMessage m, UUID contact, Order order, List<ShipmentSnapshot> parcels,
                      Understanding understood, Instant at, Instant now, UUID followUpOf) {
        UUID id = UUID.randomUUID();
        String subject = m.subject() != null && !m.subject().isBlank() ? m.subject().strip()
                : firstLine(m.body());
        jdbc.sql("""
                insert into ticket (id, tenant_id, shop_id, market, channel, contact_id, order_id, follow_up_of, skus,
                                    carriers, subject, status, priority, language, language_supported, intent, risk,
                                    risk_reasons, message_count, created_at, updated_at, last_inbound_at)
                values (:id, :tenant, :shop, :market, :channel, :contact, :order, :followUpOf, :skus,
                        :carriers, :subject, 'NEW', :priority, :language, :supported, :intent, :risk,
                        :reasons, 1, :at, :now, :at)
                """)
                .param("id", id).param("tenant", shop.tenant().value()).param("shop", shop.id().value())
                .param("market", shop.market()).param("channel", m.channel().name()).param("contact", contact)
                .param("order", order == null ? null : order.id().value()).param("followUpOf", followUpOf)
                .param("skus", skus(order)).param("carriers", carriers(parcels))
                .param("subject", subject)
                .param("priority", (understood.risk() >= 50 ? Priority.HIGH : Priority.NORMAL).name())
                .param("language", understood.language()).param("supported", understood.supported())
                .param("intent", understood.intent().name()).param("risk", understood.risk())
                .param("reasons", understood.riskReasons().stream().map(Enum::name).toArray(String[]::new))
                .param("at", Timestamp.from(at)).param("now", Timestamp.from(now))
                .update();
        history.record(shop.tenant().value(), id, now, "buyer", followUpOf == null ? "created" : "follow-up",
                followUpOf, null, understood.supported() ? null : "language not supported: kept and flagged");
        return id;
    }

    /** A buyer writing again: a waiting ticket is open again, a solved one is reopened. */
    private void follow(TicketRow ticket, Order order, List<ShipmentSnapshot> parcels, Understanding understood,
                        Instant at, Instant now) {
        TicketStatus next = switch (ticket.status()) {
            case NEW -> TicketStatus.NEW;
            default -> TicketStatus.OPEN;
        };
        boolean reopen = ticket.status() == TicketStatus.SOLVED;
        jdbc.sql("""
                update ticket
                   set status = :status,
                       skus = case when order_id is null and cast(:order as uuid) is not null then :skus else skus end,
                       carriers = case when order_id is null and cast(:order as uuid) is not null then :carriers else carriers end,
                       order_id = coalesce(order_id, :order),
                       intent = case when intent = 'OTHER' then :intent else intent end,
                       risk = greatest(risk, :risk),
                       risk_reasons = case when :risk > risk then :reasons else risk_reasons end,
                       reopened = reopened + case when :reopen then 1 else 0 end,
                       solved_at = case when :reopen then null else solved_at end,
                       message_count = message_count + 1,
                       last_inbound_at = greatest(last_inbound_at, :at),
                       updated_at = :now
                 where id = :id
                """)
                .param("status", next.name()).param("order", order == null ? null : order.id().value())
                .param("skus", skus(order)).param("carriers", carriers(parcels))
                .param("intent", understood.intent().name()).param("risk", understood.risk())
                .param("reasons", understood.riskReasons().stream().map(Enum::name).toArray(String[]::new))
                .param("reopen", reopen).param("at", Timestamp.from(at)).param("now", Timestamp.from(now))
                .param("id", ticket.id())
                .update();
        if (next != ticket.status()) {
            history.record(ticket.tenant(), ticket.id(), now, "buyer", reopen ? "reopened" : "status", ticket.status(),
                    next, null);
        }
    }

    private void escalate(TicketRow ticket, Understanding understood, Instant now) {
        jdbc.sql("update ticket set escalated_at = :now, priority = 'URGENT' where id = :id")
                .param("now", Timestamp.from(now)).param("id", ticket.id()).update();
        history.record(ticket.tenant(), ticket.id(), now, "desk", "escalated", ticket.priority(), Priority.URGENT,
                "risk " + understood.risk() + ": " + understood.riskReasons());
        route(ticket, true, now);
        events.publishEvent(new TicketEscalated(new TenantId(ticket.tenant()), new org.aftercare.tenancy.ShopId(ticket.shop()),
                new TicketId(ticket.id()), ticket.number(), understood.risk(), understood.riskReasons()));
    }

    /** To a team and an agent; an escalated ticket moves to a senior team when there is one. */
    private void route(TicketRow ticket, boolean escalated, Instant now) {
        assignment.choose(ticket.tenant(), ticket.market(), ticket.language(), escalated).ifPresent(choice -> {
            if (choice.team().equals(ticket.team()) && (choice.agent() == null || choice.agent().equals(ticket.assignee()))) {
                return;
            }
            jdbc.sql("update ticket set team_id = :team, assignee_id = coalesce(:agent, assignee_id) where id = :id")
                    .param("team", choice.team()).param("agent", choice.agent()).param("id", ticket.id()).update();
            history.record(ticket.tenant(), ticket.id(), now, "desk", "assigned", ticket.assignee(), choice.agent(),
                    "team " + choice.team());
        });
    }

    private List<String> keepAttachments(TenantId tenant, UUID message, List<InboundMessage.IncomingAttachment> files,
                                         Instant now) {
        List<String> refused = new ArrayList<>();
        for (var file : files) {
            var verdict = attachmentCheck.check(file.fileName(), file.declaredType(), file.content());
            if (verdict.refused()) {
                refused.add(verdict.refusal());
                continue;
            }
            var kept = verdict.accepted();
            jdbc.sql("""
                    insert into ticket_attachment (id, tenant_id, message_id, file_name, media_type, size_bytes, sha256,
                                                   content, created_at)
                    values (gen_random_uuid(), :tenant, :message, :name, :type, :size, :sha, :content, :now)
                    """)
                    .param("tenant", tenant.value()).param("message", message).param("name", kept.fileName())
                    .param("type", kept.mediaType()).param("size", kept.content().length)
                    .param("sha", kept.sha256()).param("content", kept.content())
                    .param("now", Timestamp.from(now))
                    .update();
        }
        return refused;
    }

    private void note(UUID tenant, UUID ticket, String text, Instant now) {
        jdbc.sql("""
                insert into ticket_message (id, tenant_id, ticket_id, kind, channel, author_name, body, at, created_at)
                select gen_random_uuid(), :tenant, id, 'NOTE', channel, 'desk', :body, :now, :now from ticket where id = :ticket
                """)
                .param("tenant", tenant).param("ticket", ticket).param("body", text).param("now", Timestamp.from(now))
                .update();
    }

    /** The buyer says a parcel the carrier scanned as delivered never arrived: monitoring opens its alert. */
    private void openDeliveredNotReceived(TenantId tenant, Shop shop, UUID ticket, List<ShipmentSnapshot> parcels,
                                          String statement, Instant now) {
        var desk = new Actor("desk", null, tenant, Role.AGENT, Set.of(shop.market()));
        parcels.stream().filter(p -> p.milestones().get(Milestone.DELIVERED) != null).findFirst().ifPresentOrElse(
                parcel -> {
                    var alert = alerts.deliveredNotReceived(desk, parcel.id(), statement);
                    history.record(tenant.value(), ticket, now, "desk", "delivered-not-received", null, alert.value(),
                            "alert opened for " + parcel.trackingNumber());
                },
                () -> log.debug("Ticket {}: not received, but no parcel of the order was scanned as delivered", ticket));
    }

    private static String[] skus(Order order) {
        return order == null ? new String[0] : order.lines().stream().map(Order.Line::sku).distinct().toArray(String[]::new);
    }

    private static String[] carriers(List<ShipmentSnapshot> parcels) {
        return parcels.stream().map(ShipmentSnapshot::carrierCode).distinct().toArray(String[]::new);
    }

    private static String firstLine(String body) {
        if (body == null || body.isBlank()) {
            return "(attachment)";
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "…" : line;
    }
}
