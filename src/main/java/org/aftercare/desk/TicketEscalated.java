package org.aftercare.desk;

import java.util.List;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/** A conversation looks likely to become a dispute or a public complaint; managers are told. */
public record TicketEscalated(TenantId tenant, ShopId shop, TicketId ticket, long number, int risk,
                              List<RiskReason> reasons) {
}
