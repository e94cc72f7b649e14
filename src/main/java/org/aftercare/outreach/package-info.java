/**
 * Writing to buyers before they ask: notice templates per scenario and language
 * ({@link org.aftercare.outreach.NoticeTemplates}), notices created from alerts or by hand
 * ({@link org.aftercare.outreach.Notices}), the next-update promises they make and keep, and the
 * outbox that delivers them on the shop's channels ({@link org.aftercare.outreach.NoticeChannel},
 * adapters in integrations). Internals: {@code templates} (library, versions, variables),
 * {@code notices} (creation, policies, quiet hours, rate limit), {@code outbox} (dispatch, retries),
 * {@code promises} (follow-ups and broken promises), {@code web}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "orders", "logistics", "monitoring", "remedies"})
package org.aftercare.outreach;
