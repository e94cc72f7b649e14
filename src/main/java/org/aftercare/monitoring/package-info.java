/**
 * Watches every shipped parcel at its key nodes and raises alerts before the buyer complains:
 * alert rules with per shop / carrier / lane thresholds, alerts and their lifecycle, the due-time
 * sweep and incident detection.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "logistics"})
package org.aftercare.monitoring;
