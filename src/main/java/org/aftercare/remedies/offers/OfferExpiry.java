package org.aftercare.remedies.offers;

import org.aftercare.remedies.Offers;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires offers nobody granted or declined in time. One update; several instances running it at once do no harm. */
@Component
class OfferExpiry {

    private final Offers offers;

    OfferExpiry(Offers offers) {
        this.offers = offers;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    void expire() {
        offers.expireDue();
    }
}
