package org.aftercare.desk;

import java.time.Instant;
import java.util.List;

import org.aftercare.tenancy.ShopId;

/**
 * A buyer's message as a channel delivers it.
 *
 * @param externalId  the channel's id of the message (e-mail Message-ID, TikTok message id, API key):
 *                    the same id delivered again is stored once
 * @param from        the sender's address on the channel: e-mail address, TikTok buyer id, buyer ref
 * @param fromName    the sender's name as the channel gives it, or null
 * @param subject     e-mail subject, or null
 * @param orderNumber the order the message is about when the channel says so (TikTok conversations
 *                    carry it); otherwise the desk looks for a known order number in the text
 * @param threadRefs  ids of earlier messages this one answers (e-mail In-Reply-To and References);
 *                    a reply to one of our messages lands on its ticket
 */
public record InboundMessage(ShopId shop, Channel channel, String externalId, String from, String fromName,
                             String subject, String body, String orderNumber, List<String> threadRefs,
                             Instant receivedAt, List<IncomingAttachment> attachments) {

    public InboundMessage {
        threadRefs = threadRefs == null ? List.of() : List.copyOf(threadRefs);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file sent with a message; its name and declared type are hints only. */
    public record IncomingAttachment(String fileName, String declaredType, byte[] content) {
    }
}
