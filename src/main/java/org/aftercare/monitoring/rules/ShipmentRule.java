package org.aftercare.monitoring.rules;

import org.aftercare.monitoring.AlertRule;

/** One alert rule: looks at a shipment and says whether, and from when, it fires. */
interface ShipmentRule {

    AlertRule id();

    Verdict evaluate(WatchedShipment shipment, RuleContext context);
}
