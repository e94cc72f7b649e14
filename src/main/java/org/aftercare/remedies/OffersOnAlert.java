package org.aftercare.remedies;

import org.aftercare.monitoring.AlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Proposes compensation when monitoring raises an alert, after the alert's transaction committed. */
@Component
class OffersOnAlert {

    private final Offers offers;

    OffersOnAlert(Offers offers) {
        this.offers = offers;
    }

    @ApplicationModuleListener
    void on(AlertRaised alert) {
        offers.proposeFor(alert);
    }
}
