package org.aftercare.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as the inbox lists it.
 *
 * @param slaDueAt   the earliest due time of the ticket's running SLA clocks; null when none runs
 * @param breaches   the SLA metrics already breached
 */
public record TicketSummary(TicketId id, long number, UUID shop, String market, Channel channel, String subject,
                            TicketStatus status, Priority priority, String language, boolean languageSupported,
                            Intent intent, int risk, List<RiskReason> riskReasons, Instant escalatedAt, UUID team,
                            UUID assignee, String assigneeName, String contactName, UUID order, String orderNumber,
                            int messageCount, Instant createdAt, Instant updatedAt, Instant lastInboundAt,
                            Instant firstRepliedAt, Instant slaDueAt, Instant firstResponseDueAt,
                            Instant nextResponseDueAt, Instant resolutionDueAt, Instant platformResponseDueAt,
                            List<String> breaches) {
}
