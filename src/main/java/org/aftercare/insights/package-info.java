/**
 * Reporting read models over the other modules' tables: carrier scorecards now, the dashboards of
 * DESIGN.md later. Insights owns no business state; it reads shipments and alerts read-only with
 * set-based SQL (docs/decisions/003-scorecards-in-insights.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "logistics", "monitoring"})
package org.aftercare.insights;
