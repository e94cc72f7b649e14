package org.aftercare.remedies;

import org.aftercare.monitoring.AlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Proposes compensation when monitoring raises an alert, after the alert's transaction committed. */
@Component("remediesOnAlertRaised")
class OnAlertRaised {

    private final Offers offers;

    OnAlertRaised(Offers offers) {
        this.offers = offers;
    }

    @ApplicationModuleListener
    void on(AlertRaised alert) {
        offers.proposeFor(alert);
    }
}
