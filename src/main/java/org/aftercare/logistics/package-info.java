/**
 * Shipments, their tracking events in one normalized vocabulary, carriers and lanes. A shipment's
 * state is derived from its event history by event time ({@link org.aftercare.logistics.ShipmentProgress}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "orders"})
package org.aftercare.logistics;
