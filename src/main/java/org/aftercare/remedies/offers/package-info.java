/**
 * Offers: their table, the proposal from the tiers or an agent's override checked against the
 * caps, the listener that proposes one per monitoring alert, and the expiry of offers nobody decided.
 */
package org.aftercare.remedies.offers;
