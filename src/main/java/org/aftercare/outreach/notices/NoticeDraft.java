package org.aftercare.outreach.notices;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.Scenario;
import org.aftercare.shared.Money;

/**
 * A notice to write for an order.
 *
 * @param shipment     the parcel it is about; the order's latest when null
 * @param alert        the alert it answers, if any
 * @param etaFrom      overrides the ETA window of logistics (a campaign's adjusted timeline); null keeps it
 * @param nextUpdateAt overrides the promised update time; null takes now + nextUpdateAfter
 * @param sendKey      makes writing it idempotent: a second draft with the same key writes nothing
 * @param propose      leave it PROPOSED for an agent instead of queuing it
 * @param followUp     a kept promise: exempt from the rate limit
 */
public record NoticeDraft(OrderId order, ShipmentId shipment, UUID alert, Scenario scenario, DelayReason reason,
                          Money coupon, Instant etaFrom, Instant etaTo, Instant nextUpdateAt, String sendKey,
                          boolean propose, boolean followUp, String createdBy) {
}
