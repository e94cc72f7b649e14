/**
 * Returns and refunds: buyers' return requests, the per shop × market return policy and its
 * buyer-facing text, and the decision engine that answers each request with the rule that made
 * the decision (approve, keep the item and be refunded, partial refund or coupon, exchange,
 * reject, or a person reviews it before the platform's review clock runs out).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "orders", "logistics"})
package org.aftercare.returns;
