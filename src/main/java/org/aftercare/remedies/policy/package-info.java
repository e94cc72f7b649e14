/**
 * The compensation policy of a shop in a market: {@link org.aftercare.remedies.RemedyDefaults} with the
 * shop's overrides, the tier table ({@link org.aftercare.remedies.policy.RemedyTiers}) and the caps
 * ({@link org.aftercare.remedies.policy.Caps}).
 */
package org.aftercare.remedies.policy;
