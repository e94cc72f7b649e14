/**
 * Adapters to the outside world: tracking aggregators' webhooks (17TRACK, AfterShip), and later
 * the TikTok Shop API, SMTP and outbound webhooks. Each adapter translates a public contract into
 * the owning module's vocabulary and nothing more.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "logistics"})
package org.aftercare.integrations;
