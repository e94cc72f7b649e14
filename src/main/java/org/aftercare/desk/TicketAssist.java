package org.aftercare.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aftercare.desk.tickets.TicketHistory;
import org.aftercare.logistics.CarrierTicket;
import org.aftercare.logistics.CarrierTickets;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.returns.NewReturn;
import org.aftercare.returns.ReturnReason;
import org.aftercare.returns.ReturnRequests;
import org.aftercare.returns.ReturnView;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agent has at hand on a ticket (C1, C5, R3, R14): reply scripts for its intent filled from
 * the order and its parcels in the buyer's language, the SOPs for the intent, and one-click actions
 * — open a carrier ticket on the parcel, open a return of the order, add the conversation to the case
 * library.
 */
@Service
public class TicketAssist {

    private final Tickets tickets;
    private final Orders orders;
    private final Shipments shipments;
    private final CarrierTickets carrierTickets;
    private final Shops shops;
    private final Scripts scripts;
    private final KnowledgeBase knowledge;
    private final CaseLibrary library;
    private final TicketHistory history;
    private final DeskProperties properties;
    private final ReturnRequests returns;
    private final Clock clock;

    TicketAssist(Tickets tickets, Orders orders, Shipments shipments, CarrierTickets carrierTickets, Shops shops,
                 Scripts scripts, KnowledgeBase knowledge, CaseLibrary library, TicketHistory history,
                 DeskProperties properties, ReturnRequests returns, Clock clock) {
        this.returns = returns;
        this.tickets = tickets;
        this.orders = orders;
        this.shipments = shipments;
        this.carrierTickets = carrierTickets;
        this.shops = shops;
        this.scripts = scripts;
        this.knowledge = knowledge;
        this.library = library;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** A script for this ticket, already filled in; {@code missing} lists what the agent must still add. */
    public record Suggestion(String scriptId, String title, String language, String text, List<String> missing) {
    }

    /** The scripts for the ticket's intent, in the buyer's language, filled from the order and its latest parcel. */
    public List<Suggestion> suggestions(Actor actor, TicketId id) {
        return suggestions(actor, tickets.get(actor, id));
    }

    /** The same for a ticket the caller has already read for {@code actor} (the ticket page). */
    public List<Suggestion> suggestions(Actor actor, TicketDetail ticket) {
        ScriptContext context = context(actor, ticket);
        String language = ticket.ticket().languageSupported() ? ticket.ticket().language() : context.shopLanguage();
        List<Suggestion> suggestions = new ArrayList<>();
        for (ScriptSuggestion script : scripts.suggest(actor.tenant(), ticket.ticket().intent(), language,
                context.shopLanguage())) {
            RenderedScript rendered = scripts.render(actor.tenant(), script.id(), language, context);
            suggestions.add(new Suggestion(script.id(), script.title(), rendered.language(), rendered.text(),
                    rendered.missing()));
        }
        return suggestions;
    }

    /** The SOP articles for the ticket's intent, in the agent's console language. */
    public List<KnowledgeArticle> knowledge(Actor actor, TicketId id, String consoleLanguage) {
        return knowledge(actor, tickets.get(actor, id), consoleLanguage);
    }

    public List<KnowledgeArticle> knowledge(Actor actor, TicketDetail ticket, String consoleLanguage) {
        return knowledge.forIntent(actor.tenant(), ticket.ticket().intent(), consoleLanguage);
    }

    /** What the scripts may say: buyer, order, items, the latest parcel's status, carrier, link and ETA window. */
    ScriptContext context(Actor actor, TicketDetail ticket) {
        var shop = shops.find(actor.tenant(), new ShopId(ticket.ticket().shop())).orElseThrow();
        Optional<Order> order = order(actor, ticket);
        Optional<ShipmentSnapshot> parcel = order.flatMap(o -> shipments.ofOrder(actor.tenant(), o.id()).stream().findFirst());
        var tracking = parcel.map(shipments::publicTracking);
        var eta = parcel.flatMap(shipments::eta);
        String name = ticket.contact().name() != null ? ticket.contact().name()
                : order.map(Order::buyer).map(b -> b.name()).orElse(null);
        ZoneId zone = order.map(Order::buyer).map(b -> b.timeZone()).filter(z -> z != null && !z.isBlank())
                .map(ZoneId::of).orElse(shop.zone());
        return new ScriptContext(
                name == null ? null : name.strip().split("\\s+")[0],
                order.map(Order::orderNumber).orElse(null),
                order.map(o -> o.lines().stream().map(l -> l.quantity() + " × " + l.title())
                        .collect(Collectors.joining(", "))).orElse(null),
                parcel.map(p -> p.status() == null ? null : p.status().name()).orElse(null),
                tracking.map(Shipments.PublicTracking::carrierName).orElse(null),
                tracking.map(Shipments.PublicTracking::link).orElse(null),
                parcel.map(ShipmentSnapshot::lastLocation).orElse(null),
                eta.map(e -> e.earliest()).orElse(null),
                eta.map(e -> e.latest()).orElse(null),
                properties.nextUpdateDays(), null, null, null,
                shop.market(), zone, shop.defaultLanguage());
    }

    private Optional<Order> order(Actor actor, TicketDetail ticket) {
        return Optional.ofNullable(ticket.ticket().order()).flatMap(o -> orders.find(actor.tenant(), new OrderId(o)));
    }

    /**
     * Opens a carrier investigation ticket on the order's latest parcel (L5), notes it on the ticket
     * and leaves the ticket waiting for the carrier.
     */
    @Transactional
    public CarrierTicket openCarrierTicket(Actor actor, TicketId id, String carrierTicketNumber) {
        actor.requireWrite();
        TicketDetail ticket = tickets.get(actor, id);
        if (carrierTicketNumber == null || carrierTicketNumber.isBlank()) {
            throw new IllegalArgumentException("ticketNumber: the carrier's reference for the investigation is required");
        }
        ShipmentSnapshot parcel = order(actor, ticket)
                .flatMap(o -> shipments.ofOrder(actor.tenant(), o.id()).stream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("ticket: #" + ticket.ticket().number()
                        + " has no order with a shipment to open a carrier ticket on"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CarrierTicket opened = carrierTickets.open(actor, parcel.id(), carrierTicketNumber.strip(),
                parcel.lastMileCarrierCode() != null ? parcel.lastMileCarrierCode() : parcel.carrierCode(), now);
        history.record(actor.tenant().value(), id.value(), now, actor.name(), "carrier-ticket", null,
                carrierTicketNumber.strip(), parcel.trackingNumber());
        if (ticket.ticket().status().isOpen() && ticket.ticket().status() != TicketStatus.PENDING_CARRIER) {
            tickets.setStatus(actor, id, TicketStatus.PENDING_CARRIER);
        }
        return opened;
    }

    /**
     * An anonymized copy of the conversation for training (R14): names, addresses, phones, e-mails,
     * order and tracking numbers removed; the original ticket stays as it is.
     */
    @Transactional
    public LibraryEntry addToCaseLibrary(Actor actor, TicketId id, List<String> tags) {
        actor.requireWrite();
        TicketDetail ticket = tickets.get(actor, id);
        Optional<Order> order = order(actor, ticket);
        List<String> names = new ArrayList<>();
        if (ticket.contact().name() != null) {
            names.add(ticket.contact().name());
        }
        order.map(Order::buyer).map(b -> b.name()).ifPresent(names::add);
        List<String> emails = new ArrayList<>();
        if (ticket.contact().address() != null && ticket.contact().address().contains("@")) {
            emails.add(ticket.contact().address());
        }
        order.map(Order::buyer).map(b -> b.email()).ifPresent(emails::add);
        var known = new KnownPersonalData(names, List.of(),
                order.map(Order::buyer).map(b -> b.phone()).stream().toList(), emails,
                order.map(Order::orderNumber).stream().toList(),
                order.map(o -> shipments.ofOrder(actor.tenant(), o.id()).stream().map(ShipmentSnapshot::trackingNumber).toList())
                        .orElse(List.of()));
        List<CaseMessage> messages = ticket.messages().stream()
                .filter(m -> !"desk".equals(m.author()))
                .map(m -> new CaseMessage(switch (m.kind()) {
                    case "INBOUND" -> CaseMessage.Author.BUYER;
                    case "REPLY" -> CaseMessage.Author.AGENT;
                    default -> CaseMessage.Author.NOTE;
                }, m.body()))
                .toList();
        LibraryEntry entry = library.add(actor.tenant(), new LibraryCase(id.value(), ticket.ticket().intent(),
                ticket.ticket().language(), messages, known, tags == null ? List.of() : tags, actor.name()));
        history.record(actor.tenant().value(), id.value(), clock.instant().truncatedTo(ChronoUnit.MICROS), actor.name(),
                "case-library", null, entry.id(), null);
        return entry;
    }

    /** What the "open a return" form offers: the order's lines and the reason the ticket's intent suggests. */
    public record ReturnForm(List<Order.Line> lines, ReturnReason suggestedReason) {
    }

    /** The form for a ticket with an order; empty without one. */
    public Optional<ReturnForm> returnForm(Actor actor, TicketDetail ticket) {
        return order(actor, ticket).map(o -> new ReturnForm(o.lines(), suggestedReason(ticket.ticket().intent())));
    }

    /** The return reason a ticket's intent points to; a plain return request is a change of mind. */
    public static ReturnReason suggestedReason(Intent intent) {
        if (intent == null) {
            return ReturnReason.OTHER;
        }
        return switch (intent) {
            case SIZE_MISMATCH -> ReturnReason.SIZE_MISMATCH;
            case COLOUR_DIFFERENCE -> ReturnReason.COLOUR_DIFFERENCE;
            case MISSING_PARTS -> ReturnReason.MISSING_PARTS;
            case DAMAGED_OR_QUALITY -> ReturnReason.DAMAGED;
            case NOT_AS_DESCRIBED -> ReturnReason.NOT_AS_DESCRIBED;
            case RETURN_OR_REFUND -> ReturnReason.CHANGED_MIND;
            default -> ReturnReason.OTHER;
        };
    }

    /** One order line the agent returns: which (from 1) and how many. */
    public record ReturnLine(int orderLineNo, int quantity) {
    }

    /**
     * The return as opened: the request with its decision, and whether it is new (the same lines and
     * reason sent again from this ticket answer the earlier request, nothing changed).
     */
    public record ReturnOpened(ReturnView request, boolean created) {
    }

    /**
     * Opens a return of the ticket's order (source DESK), decided at once by the returns module's
     * rules; the decision is recorded in the ticket's history. A refusal (after the window, more than
     * is left to return) throws with the reason and the dates, and nothing is stored.
     */
    @Transactional
    public ReturnOpened openReturn(Actor actor, TicketId id, List<ReturnLine> lines, ReturnReason reason) {
        actor.requireWrite();
        TicketDetail ticket = tickets.get(actor, id);
        Order order = order(actor, ticket).orElseThrow(() -> new IllegalArgumentException("ticket: #"
                + ticket.ticket().number() + " has no order to return"));
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("lines: pick at least one order line to return");
        }
        if (reason == null) {
            throw new IllegalArgumentException("reason: required");
        }
        // the ticket and what is returned name the request: a second click changes nothing
        String externalId = "ticket:" + id.value() + ":" + reason + ":" + lines.stream()
                .sorted(java.util.Comparator.comparingInt(ReturnLine::orderLineNo))
                .map(l -> l.orderLineNo() + "x" + l.quantity()).collect(Collectors.joining(","));
        ReturnRequests.Submission submission = returns.submit(actor, new NewReturn(order.shop(), order.id(), null, "DESK",
                externalId, id.value(), null, null, null, null,
                lines.stream().map(l -> new NewReturn.Line(l.orderLineNo(), l.quantity(), reason)).toList()));
        ReturnView request = submission.request();
        boolean created = submission.result() == ReturnRequests.Result.CREATED;
        if (created) {
            history.record(actor.tenant().value(), id.value(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                    actor.name(), "return-opened", null, request.id().value(), "R-%d: %s (%s) %s".formatted(
                            request.number(), request.decision(), request.decisionRule(), request.decisionReason()));
        }
        return new ReturnOpened(request, created);
    }
}
