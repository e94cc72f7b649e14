package org.aftercare.desk.console;

import java.util.List;

import org.aftercare.desk.TicketSummary;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.TimelineEvent;
import org.aftercare.monitoring.AlertView;
import org.aftercare.orders.Order;
import org.aftercare.outreach.NoticeView;
import org.aftercare.remedies.Offer;

/**
 * What the agent sees beside a conversation: the order, its parcels with their latest scans and
 * open alerts, the notices outreach wrote to the buyer about the order, the order's compensation
 * offers and the contact's other tickets. Returns and cases join once their modules exist.
 *
 * @param order          null when the ticket is about no known order
 * @param notices        the order's notices, newest first, so the agent knows what the buyer was already told
 * @param offers         the order's offers in markets the viewer serves, newest first
 * @param canManage      whether the viewer may approve an offer that needs approval
 */
record OrderPanel(Order order, List<Parcel> parcels, List<NoticeView> notices, List<TicketSummary> earlierTickets,
                  List<Offer> offers, boolean canManage) {

    /** How many of a parcel's latest scans the panel shows. */
    static final int LATEST_SCANS = 3;

    record Parcel(ShipmentSnapshot shipment, List<TimelineEvent> latest, List<OpenAlert> alerts) {
    }

    /** An alert not yet resolved and its reason in the viewer's language. */
    record OpenAlert(AlertView alert, String reason) {
    }
}
