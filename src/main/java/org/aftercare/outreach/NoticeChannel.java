package org.aftercare.outreach;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * Sends several notices of one shop, the way the outbox hands them over in a round; an adapter
     * may override it to reuse one connection for all of them. Returns one outcome per notice, in
     * order: null where the channel accepted it, else what {@link #send} would have thrown.
     */
    default List<Exception> sendAll(List<OutboundNotice> notices) {
        List<Exception> outcomes = new ArrayList<>(notices.size());
        for (OutboundNotice notice : notices) {
            try {
                send(notice);
                outcomes.add(null);
            }
            catch (Exception e) {
                outcomes.add(e);
            }
        }
        return outcomes;
    }

    /** The recipient can never be reached this way (malformed address or number). */
    class Undeliverable extends Exception {

        public Undeliverable(String reason) {
            super(reason);
        }
    }
}
