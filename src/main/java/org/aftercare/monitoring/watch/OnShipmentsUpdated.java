package org.aftercare.monitoring.watch;

import java.time.Clock;

import org.aftercare.logistics.ShipmentsUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The event-driven half of monitoring: when shipments change, assess them at once — a label
 * created 50 h ago with no pickup scan alerts as soon as it is registered, not at the next sweep.
 */
@Component
class OnShipmentsUpdated {

    private final Assessor assessor;
    private final Clock clock;

    OnShipmentsUpdated(Assessor assessor, Clock clock) {
        this.assessor = assessor;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ShipmentsUpdated event) {
        assessor.assess(event.tenant(), event.shipments(), clock.instant());
    }
}
