package org.aftercare.outreach;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.shared.Money;

/**
 * A notice an agent composes for an order.
 *
 * @param shipment       the parcel; the order's latest when null
 * @param reason         why it is late (delay notices)
 * @param etaFrom        an adjusted ETA window; null keeps the one logistics estimates
 * @param nextUpdateAt   the promised update; null promises one {@code nextUpdateAfter} from now
 * @param coupon         a coupon to mention, e.g. one remedies proposed; null for none
 * @param idempotencyKey a repeated request with the same key writes nothing new; null for a random one
 */
public record Composition(UUID order, UUID shipment, Scenario scenario, DelayReason reason, Instant etaFrom,
                          Instant etaTo, Instant nextUpdateAt, Money coupon, String idempotencyKey) {
}
