package org.aftercare.outreach;

import java.util.UUID;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * A notice on its way to a buyer.
 *
 * @param id        the notice's id, also the idempotency key a receiver may use to drop a repeated delivery
 * @param recipient e-mail address, platform buyer id or phone number, by channel
 */
public record OutboundNotice(UUID id, TenantId tenant, ShopId shop, Channel channel, String recipient,
                             String recipientName, String language, String subject, String body) {
}
