package org.aftercare.desk;

import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * An agent's reply on its way to the buyer.
 *
 * @param messageId  our id of the reply (e-mail Message-ID); a buyer answering it lands on the ticket
 * @param to         the buyer's address on the channel
 * @param inReplyTo  the channel ids of the buyer's messages on the ticket, latest last (e-mail References)
 */
public record OutboundReply(TenantId tenant, ShopId shop, TicketId ticket, long ticketNumber, UUID message,
                            String messageId, Channel channel, String to, String toName, String subject, String body,
                            List<String> inReplyTo, String language) {
}
