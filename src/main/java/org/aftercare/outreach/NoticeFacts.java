package org.aftercare.outreach;

import java.time.Instant;
import java.time.ZoneId;

import org.aftercare.shared.Money;

/**
 * What a notice may say about the buyer's order; every value is optional (null = unknown) and the
 * library's templates word each sentence with a {@code has<Variable>} guard.
 *
 * @param status       a logistics TrackingStatus code, worded in the buyer's language
 * @param reason       why the parcel is late; templates word it with {@code {reason, select, …}}
 * @param etaFrom      earliest expected delivery, shown as a date in {@code zone}
 * @param nextUpdateAt when the buyer hears from us again (the promise), date and time in {@code zone}
 * @param coupon       a goodwill coupon, shown in its currency for the buyer's locale
 * @param market       the buyer's country, refines the locale (de + AT → de-AT)
 * @param zone         the buyer's zone, the shop's when the buyer's is unknown
 */
public record NoticeFacts(String buyerName, String orderNumber, String items, String status, String carrier,
                          String trackingLink, String lastLocation, DelayReason reason, Instant etaFrom, Instant etaTo,
                          Instant nextUpdateAt, Money coupon, String shopName, String market, ZoneId zone) {

    public NoticeFacts {
        if (etaFrom != null && etaTo != null && etaFrom.isAfter(etaTo)) {
            throw new IllegalArgumentException("etaFrom: must not be after etaTo");
        }
        if (coupon != null && coupon.isNegative()) {
            throw new IllegalArgumentException("coupon: must not be negative");
        }
    }

    public NoticeFacts withReason(DelayReason reason) {
        return new NoticeFacts(buyerName, orderNumber, items, status, carrier, trackingLink, lastLocation, reason, etaFrom,
                etaTo, nextUpdateAt, coupon, shopName, market, zone);
    }

    public NoticeFacts withNextUpdateAt(Instant nextUpdateAt) {
        return new NoticeFacts(buyerName, orderNumber, items, status, carrier, trackingLink, lastLocation, reason, etaFrom,
                etaTo, nextUpdateAt, coupon, shopName, market, zone);
    }

    public NoticeFacts withCoupon(Money coupon) {
        return new NoticeFacts(buyerName, orderNumber, items, status, carrier, trackingLink, lastLocation, reason, etaFrom,
                etaTo, nextUpdateAt, coupon, shopName, market, zone);
    }

    public NoticeFacts withEta(Instant etaFrom, Instant etaTo) {
        return new NoticeFacts(buyerName, orderNumber, items, status, carrier, trackingLink, lastLocation, reason, etaFrom,
                etaTo, nextUpdateAt, coupon, shopName, market, zone);
    }

    public ZoneId zoneOrUtc() {
        return zone == null ? ZoneId.of("UTC") : zone;
    }
}
