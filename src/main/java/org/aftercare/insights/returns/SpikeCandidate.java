package org.aftercare.insights.returns;

/** One SKU × reason group with enough recent returns to be worth a test, and its counts. */
record SpikeCandidate(String sku, String product, String market, ReasonGroup group, SpikeTest.Counts counts) {
}
