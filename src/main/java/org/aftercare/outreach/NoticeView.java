package org.aftercare.outreach;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.shared.Money;

/**
 * A notice as the console and the API show it.
 *
 * @param languageWanted the buyer's language when the notice fell back to another one (a warning), else null
 */
public record NoticeView(UUID id, UUID shop, UUID order, String orderNumber, UUID shipment, UUID alert, UUID campaign,
                         Scenario scenario, DelayReason reason, Channel channel, String recipient, String language,
                         String languageWanted, String subject, String body, Money coupon, Instant nextUpdateAt,
                         NoticeStatus status, boolean followUp, int attempts, String lastError, Instant createdAt,
                         String createdBy, Instant sentAt) {
}
