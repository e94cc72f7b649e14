package org.aftercare.outreach;

import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.TenantId;

/** A notice left on its channel; the evidence archive may keep it as a communication record. */
public record NoticeSent(NoticeId notice, TenantId tenant, OrderId order, Channel channel) {
}
