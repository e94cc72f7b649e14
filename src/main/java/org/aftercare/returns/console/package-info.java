/**
 * The returns console: the queue ordered by the platform's review deadline, a return's page with
 * the decision form, and the policy editor with a live preview of the buyer-facing text.
 */
package org.aftercare.returns.console;
