/**
 * Compensation for delayed and lost parcels: the policy per shop × market (tiers by days late and
 * item value, market preferences, caps, an approval threshold — defaults in {@link org.aftercare.remedies.RemedyDefaults}),
 * offers proposed when monitoring raises an alert or by an agent ({@link org.aftercare.remedies.Offers}),
 * approvals, and the cost ledger every grant writes to ("what did delays cost us").
 * Internals: {@code policy} (tiers, caps, overrides), {@code offers} (store, alert listener),
 * {@code ledger} (entries and totals), {@code web} (API and console).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "orders", "logistics", "monitoring"})
package org.aftercare.remedies;
