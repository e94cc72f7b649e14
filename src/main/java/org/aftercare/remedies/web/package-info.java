/**
 * The remedies API under /api/v1/offers (offers, ledger with CSV, policy) and the console pages:
 * the offer queue with approve/deny and the override form, the ledger with charts, the policy editor.
 */
package org.aftercare.remedies.web;
