package org.aftercare.outreach.campaigns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.aftercare.outreach.DelayReason;
import org.aftercare.shared.Money;

/**
 * What a campaign tells the buyers: why the parcels are late and when they should now arrive —
 * either one new ETA window for all, or each parcel's promised window moved by a number of days —
 * when we write again, and an optional coupon for the trouble.
 *
 * @param etaFrom      the new window's first day, in the buyer's zone
 * @param delayDays    instead of a window: days added to each parcel's promised window
 * @param nextUpdateAt the promised next update; null promises one at the outreach default distance
 * @param coupon       a goodwill coupon for every buyer reached; null for none
 */
public record AdjustedTimeline(DelayReason reason, LocalDate etaFrom, LocalDate etaTo, Integer delayDays,
                               Instant nextUpdateAt, Money coupon) {

    public static final int MAX_DELAY_DAYS = 90;
    public static final BigDecimal MAX_COUPON = new BigDecimal("1000");

    public static final AdjustedTimeline NONE = new AdjustedTimeline(null, null, null, null, null, null);

    public AdjustedTimeline {
        if (etaFrom != null && etaTo == null) {
            etaTo = etaFrom;
        }
        if (etaTo != null && etaFrom == null) {
            etaFrom = etaTo;
        }
        if (etaFrom != null && etaFrom.isAfter(etaTo)) {
            throw new IllegalArgumentException("etaFrom: must not be after etaTo");
        }
        if (delayDays != null && (delayDays < 1 || delayDays > MAX_DELAY_DAYS)) {
            throw new IllegalArgumentException("delayDays: between 1 and " + MAX_DELAY_DAYS);
        }
        if (delayDays != null && etaFrom != null) {
            throw new IllegalArgumentException("delayDays: give either a new ETA window or a delay in days, not both");
        }
        if (coupon != null && (coupon.amount().signum() <= 0 || coupon.amount().compareTo(MAX_COUPON) > 0)) {
            throw new IllegalArgumentException("coupon: an amount above 0 and at most " + MAX_COUPON);
        }
    }
}
