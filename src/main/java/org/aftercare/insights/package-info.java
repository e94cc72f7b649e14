/**
 * Reporting read models over the other modules' tables: carrier scorecards, return rates and
 * return-reason spikes (docs/insights-returns.md), the other dashboards of DESIGN.md later.
 * Insights reads shipments, alerts, orders and returns read-only with set-based SQL
 * (docs/decisions/003-scorecards-in-insights.md); of its own it keeps derived rows and the
 * feedback items raised from return spikes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "logistics", "monitoring"})
package org.aftercare.insights;
