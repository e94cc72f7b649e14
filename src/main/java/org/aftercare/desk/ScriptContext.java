package org.aftercare.desk;

import java.time.Instant;
import java.time.ZoneId;

import org.aftercare.shared.Money;

/**
 * What a reply script may say about the buyer's order. Every value is optional (null = unknown).
 * Built-in scripts guard each optional sentence with a {@code has<Variable>} flag (for example
 * {@code {hasCarrier, select, yes {…{carrier}…} other {…}}}), so they read naturally with any
 * subset of values. A tenant script that uses a variable without such a guard renders the gap as
 * {@code [variable]} and lists it in {@link RenderedScript#missing()}, so nothing half-filled goes
 * out unnoticed; it never shows ICU braces.
 *
 * @param buyerName      how the buyer is addressed (given name or full name)
 * @param orderNumber    the platform's order number
 * @param items          the items concerned, already worded ("2 × linen cushion cover")
 * @param status         a shipment status code of logistics ({@code InTransit}, {@code Exception}, …), worded in
 *                       the buyer's language; any other value is used as given
 * @param carrier        carrier name as the buyer knows it
 * @param trackingLink   public tracking URL
 * @param lastLocation   where the parcel was last scanned
 * @param etaFrom        earliest expected delivery; formatted as a date in {@code zone}
 * @param etaTo          latest expected delivery
 * @param nextUpdateDays within how many days the buyer hears from us again
 * @param couponAmount   a goodwill coupon, formatted in its currency for the buyer's locale
 * @param refundDaysFrom refund time range in business days, {@value #REFUND_DAYS_FROM} when unknown
 * @param refundDaysTo   upper bound, {@value #REFUND_DAYS_TO} when unknown
 * @param market         the buyer's country (ISO 3166), refines the locale (de + AT → de-AT)
 * @param zone           the buyer's zone for dates, UTC when unknown
 * @param shopLanguage   the shop's default buyer language, the fallback before English
 */
public record ScriptContext(String buyerName, String orderNumber, String items, String status, String carrier,
                            String trackingLink, String lastLocation, Instant etaFrom, Instant etaTo,
                            Integer nextUpdateDays, Money couponAmount, Integer refundDaysFrom, Integer refundDaysTo,
                            String market, ZoneId zone, String shopLanguage) {

    /** The brief's refund time to the original payment method: 3–7 business days (C5). */
    public static final int REFUND_DAYS_FROM = 3;
    public static final int REFUND_DAYS_TO = 7;

    public ScriptContext {
        if (nextUpdateDays != null && nextUpdateDays < 0) {
            throw new IllegalArgumentException("nextUpdateDays: must not be negative");
        }
        if (refundDaysFrom != null && refundDaysFrom < 0 || refundDaysTo != null && refundDaysTo < 0) {
            throw new IllegalArgumentException("refundDays: must not be negative");
        }
        if (refundDaysFrom != null && refundDaysTo != null && refundDaysFrom > refundDaysTo) {
            throw new IllegalArgumentException("refundDaysFrom: must not be after refundDaysTo");
        }
        if (etaFrom != null && etaTo != null && etaFrom.isAfter(etaTo)) {
            throw new IllegalArgumentException("etaFrom: must not be after etaTo");
        }
        if (couponAmount != null && couponAmount.isNegative()) {
            throw new IllegalArgumentException("couponAmount: must not be negative");
        }
    }

    public static ScriptContext empty() {
        return new ScriptContext(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public ZoneId zoneOrUtc() {
        return zone == null ? ZoneId.of("UTC") : zone;
    }

    public int refundDaysFromOrDefault() {
        return refundDaysFrom == null ? Math.min(REFUND_DAYS_FROM, refundDaysToOrDefault()) : refundDaysFrom;
    }

    public int refundDaysToOrDefault() {
        return refundDaysTo == null ? Math.max(REFUND_DAYS_TO, refundDaysFrom == null ? 0 : refundDaysFrom) : refundDaysTo;
    }
}
