package org.aftercare.outreach.notices;

import java.util.Optional;

import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.AlertRaised;
import org.aftercare.outreach.NoticePolicy;
import org.aftercare.outreach.OutreachProperties;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.OfferSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the buyer when monitoring raises an alert on their parcel, as the shop's policy for
 * the rule says: AUTO queues the notice, PROPOSE leaves it for an agent, OFF writes nothing. Runs
 * after the alert's commit; the send key alert:&lt;alert&gt;:&lt;scenario&gt; makes a repeated event
 * write nothing new. A coupon remedies gives the delay goes into the notice; one that is not granted
 * yet makes the notice wait for an agent, whatever the policy (see {@link Coupons}).
 */
@Component
class OnAlertRaised {

    private final OrderFacts facts;
    private final Shipments shipments;
    private final SettingsStore settings;
    private final NoticeWriter writer;
    private final Coupons coupons;

    OnAlertRaised(OrderFacts facts, Shipments shipments, SettingsStore settings, NoticeWriter writer, Coupons coupons) {
        this.facts = facts;
        this.shipments = shipments;
        this.settings = settings;
        this.writer = writer;
        this.coupons = coupons;
    }

    @ApplicationModuleListener
    void on(AlertRaised raised) {
        var rule = OutreachProperties.RULE_DEFAULTS.get(raised.rule());
        var order = shipments.orderOf(raised.tenant(), raised.shipment());
        if (order.isEmpty()) {
            return;
        }
        var context = facts.of(raised.tenant(), order.get(), raised.shipment());
        if (context.isEmpty()) {
            return;
        }
        NoticePolicy policy = settings.of(raised.tenant(), context.get().shop().id()).policy(raised.rule());
        if (policy == NoticePolicy.OFF) {
            return;
        }
        // a coupon not yet granted is never promised by itself: the notice waits for an agent, whose send grants it
        Optional<OfferSummary> coupon = coupons.forAlert(raised);
        boolean couponToGrant = coupon.isPresent() && coupon.get().state() != OfferState.GRANTED;
        writer.write(raised.tenant(), new NoticeDraft(order.get(), raised.shipment(), raised.alert().value(), rule.scenario(),
                rule.reason(), coupon.map(OfferSummary::amount).orElse(null), null, null, null,
                "alert:" + raised.alert().value() + ":" + rule.scenario(), policy == NoticePolicy.PROPOSE || couponToGrant, false, "alert"));
    }
}
