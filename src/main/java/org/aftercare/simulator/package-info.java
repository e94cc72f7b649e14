/**
 * Realistic, reproducible cross-border after-sales data: orders with daily, weekly and seasonal
 * rhythm and surges, shipments on real China → market lanes, tracking histories with per-lane dwell
 * times, buyer messages and return requests. Fills the demo tenants on first start and large
 * datasets for benchmarks. The world it simulates (markets, catalog, lanes, calendar) lives in
 * {@code world}; the reasoning behind its numbers in docs/simulator.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "orders", "logistics", "integrations", "desk", "returns", "remedies"})
package org.aftercare.simulator;
