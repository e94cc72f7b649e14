package org.aftercare.outreach.notices;

import java.util.Optional;

import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertRaised;
import org.aftercare.outreach.NoticeView;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.OfferSummary;
import org.aftercare.remedies.Offers;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Component;

/**
 * The coupon a notice from an alert may promise, and the rule that keeps the promise honest: a notice
 * never tells a buyer about a coupon that is not granted. A coupon remedies only proposed makes the
 * notice wait for an agent, and sending it grants the coupon in the same transaction — or refuses,
 * when the caps call for a manager's approval first.
 */
@Component
public class Coupons {

    private final Offers offers;

    Coupons(Offers offers) {
        this.offers = offers;
    }

    /** The coupon of the alert's delay, if the tiers give one that is still on the table. */
    Optional<OfferSummary> forAlert(AlertRaised raised) {
        return offers.offerFor(raised)
                .filter(o -> o.kind() == OfferKind.COUPON)
                .filter(o -> o.state() != OfferState.DECLINED && o.state() != OfferState.EXPIRED);
    }

    /** Before an agent sends a notice that names a coupon: the coupon is granted, or the send is refused. */
    public void grantBeforeSending(Actor actor, NoticeView notice) {
        if (notice.coupon() == null || notice.alert() == null) {
            return;
        }
        Optional<OfferSummary> offer = offers.forAlert(actor.tenant(), new AlertId(notice.alert()))
                .filter(o -> o.kind() == OfferKind.COUPON);
        if (offer.isEmpty()) {
            return;
        }
        OfferState state = offer.get().state();
        if (state == OfferState.GRANTED) {
            return;
        }
        if (state == OfferState.DECLINED || state == OfferState.EXPIRED) {
            throw new IllegalArgumentException("coupon: the offer was " + state.name().toLowerCase()
                    + "; skip this notice and compose one without the coupon");
        }
        Offer granted = offers.grant(actor, offer.get().id(), "promised in notice " + notice.id());
        if (granted.state() != OfferState.GRANTED) {
            throw new NotGranted("coupon: the offer needs a manager's approval ("
                    + String.join("; ", granted.approvalNeeded()) + ") before a notice may promise it");
        }
    }

    /** The coupon could not be granted; the offer now waits for a manager, and that change is kept. */
    public static class NotGranted extends IllegalArgumentException {

        NotGranted(String message) {
            super(message);
        }
    }
}
