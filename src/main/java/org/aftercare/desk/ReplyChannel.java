package org.aftercare.desk;

/**
 * A way to send an agent's reply to a buyer: e-mail, TikTok Shop chat. Adapters live in the
 * integrations module; a reply on a channel without an adapter waits in the outbox and fails with
 * its reason once its retries are spent. Replies to API tickets are read back through the API.
 */
public interface ReplyChannel {

    Channel channel();

    /** Sends or throws; the outbox retries with backoff and never sends a reply twice once it succeeded. */
    void send(OutboundReply reply) throws Exception;
}
