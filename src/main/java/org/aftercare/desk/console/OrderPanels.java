package org.aftercare.desk.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.Tickets;
import org.aftercare.logistics.Shipments;
import org.aftercare.logistics.TimelineEvent;
import org.aftercare.monitoring.AlertStatus;
import org.aftercare.monitoring.Alerts;
import org.aftercare.orders.Order;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.Notices;
import org.aftercare.remedies.Offers;
import org.aftercare.tenancy.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Gathers a ticket's side panel from orders, logistics, monitoring, outreach and remedies. */
@Component
class OrderPanels {

    /** How many of the contact's other tickets the panel lists. */
    static final int EARLIER_TICKETS = 10;

    private final Orders orders;
    private final Shipments shipments;
    private final Alerts alerts;
    private final Tickets tickets;
    private final MessageSource messages;
    private final Notices notices;
    private final Offers offers;

    OrderPanels(Orders orders, Shipments shipments, Alerts alerts, Tickets tickets, MessageSource messages,
                Notices notices, Offers offers) {
        this.notices = notices;
        this.offers = offers;
        this.orders = orders;
        this.shipments = shipments;
        this.alerts = alerts;
        this.tickets = tickets;
        this.messages = messages;
    }

    OrderPanel of(Actor actor, TicketDetail detail, Locale locale) {
        Optional<Order> order = Optional.ofNullable(detail.ticket().order())
                .flatMap(id -> orders.find(actor.tenant(), new OrderId(id)))
                .filter(o -> actor.serves(o.market()))
                .map(o -> o.seenBy(actor));
        List<OrderPanel.Parcel> parcels = order.map(o -> shipments.ofOrder(actor.tenant(), o.id())).orElse(List.of())
                .stream()
                .map(s -> {
                    List<TimelineEvent> timeline = shipments.timeline(actor.tenant(), s.id());
                    List<TimelineEvent> latest = timeline.reversed().stream().limit(OrderPanel.LATEST_SCANS).toList();
                    List<OrderPanel.OpenAlert> open = alerts.ofShipment(actor, s.id()).stream()
                            .filter(a -> a.status() != AlertStatus.RESOLVED)
                            .map(a -> new OrderPanel.OpenAlert(a, a.reasonText() == null ? a.reason()
                                    : a.reasonText().render(messages, locale)))
                            .toList();
                    return new OrderPanel.Parcel(s, latest, open);
                })
                .toList();
        var earlier = tickets.ofContact(actor, detail.contact().id(), EARLIER_TICKETS + 1).stream()
                .filter(t -> !t.id().equals(detail.ticket().id()))
                .limit(EARLIER_TICKETS)
                .toList();
        var written = order.map(o -> notices.ofOrder(actor, o.id()).reversed()).orElse(List.of());
        var orderOffers = order.map(o -> offers.ofOrder(actor, o.id())).orElse(List.of());
        return new OrderPanel(order.orElse(null), parcels, written, earlier, orderOffers, actor.role().canManage());
    }
}
