package org.aftercare.outreach;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * A way to reach buyers: e-mail from the shop's mailbox, a TikTok Shop message, an SMS. Adapters
 * live in the integrations module. A send that throws is retried with backoff; one that throws
 * {@link Undeliverable} fails at once with its reason and is never retried.
 */
public interface NoticeChannel {

    Channel channel();

    /** Whether the shop has this channel set up; a notice is only queued on a channel that is. */
    boolean availableFor(TenantId tenant, ShopId shop);

    void send(OutboundNotice notice) throws Exception;

    /** The recipient can never be reached this way (malformed address or number). */
    class Undeliverable extends Exception {

        public Undeliverable(String reason) {
            super(reason);
        }
    }
}
